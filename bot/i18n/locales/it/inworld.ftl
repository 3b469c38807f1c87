# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = Il servizio vocale ha restituito un errore. Riprova più tardi.
inworld-invalid-argument = Inworld ha rifiutato la richiesta perché non valida.
inworld-invalid-argument-detail = Inworld ha rifiutato la richiesta: { $detail }
inworld-permission-denied = La chiave API Inworld del bot non può creare voci (probabilmente è una chiave di sola lettura). Un amministratore del bot deve configurare una chiave di lettura e scrittura.
inworld-unauthenticated = La chiave API Inworld del bot è stata rifiutata. Un amministratore del bot deve controllare INWORLD_API_KEY.
inworld-not-found = Inworld non ha trovato quella voce o quell'endpoint.
inworld-rate-limited = È stato raggiunto il limite di clonazione vocale di Inworld. Riprova tra un minuto.
inworld-unavailable = Il servizio vocale di Inworld al momento non è disponibile. Riprova più tardi.
inworld-timeout = Il servizio vocale di Inworld non ha risposto in tempo. Riprova più tardi (controlla prima l'elenco delle tue voci: il clone potrebbe essere stato creato comunque).
inworld-connection-failed = Il bot non è riuscito a raggiungere il servizio vocale di Inworld. Riprova più tardi.
inworld-bad-response = Il servizio vocale di Inworld ha inviato una risposta inattesa. Riprova più tardi.
