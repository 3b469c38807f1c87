"""The default preview sentence of each clone language (a guild may set its own)."""

from __future__ import annotations

DEFAULT_SENTENCES: dict[str, str] = {
    "EN_US": "Hello! This is my new voice. How does it sound to you?",
    "ZH_CN": "你好！这是我的新声音。你觉得听起来怎么样？",
    "KO_KR": "안녕하세요! 이것은 제 새 목소리예요. 어떻게 들리나요?",
    "JA_JP": "こんにちは！これは私の新しい声です。どう聞こえますか？",
    "RU_RU": "Привет! Это мой новый голос. Как он тебе?",
    "IT_IT": "Ciao! Questa è la mia nuova voce. Come ti sembra?",
    "ES_ES": "¡Hola! Esta es mi nueva voz. ¿Qué te parece?",
    "PT_BR": "Olá! Esta é a minha nova voz. O que você acha?",
    "DE_DE": "Hallo! Das ist meine neue Stimme. Wie klingt sie für dich?",
    "FR_FR": "Bonjour ! Voici ma nouvelle voix. Qu'en penses-tu ?",
    "AR_SA": "مرحبًا! هذا هو صوتي الجديد. ما رأيك فيه؟",
    "PL_PL": "Cześć! To jest mój nowy głos. Jak ci się podoba?",
    "NL_NL": "Hallo! Dit is mijn nieuwe stem. Hoe klinkt hij?",
    "HI_IN": "नमस्ते! यह मेरी नई आवाज़ है। आपको कैसी लगी?",
    "HE_IL": "שלום! זה הקול החדש שלי. איך הוא נשמע לך?",
}
#: For ``AUTO`` and any language without a sentence of its own.
FALLBACK_LANGUAGE = "EN_US"


def default_sentence(language: str) -> str:
    """The preview sentence for a voice of ``language`` (English when none is known)."""
    return DEFAULT_SENTENCES.get(language.upper(), DEFAULT_SENTENCES[FALLBACK_LANGUAGE])
