"""Per-language material for consent challenges: numbers, words and the sentence to read.

Every clone-API language but ``AUTO`` has a :class:`LanguagePack`. Its words are short, common,
concrete and harmless, read one way only, and no two of them (nor a word and a number) sound
alike; numbers that are easily confused (English "two"/"too", "fifteen"/"fifty", Chinese
"四"/"十", German "zwei"/"drei", Hindi "सात"/"साठ", ...) are left out. Numbers are written as
words, since the member reads them aloud.

The templates take ``{member}``, ``{guild}`` and ``{words}``; ``{guild}`` is ``named_guild`` with
the server's name (or ``unnamed_guild`` without one), so each language keeps its own preposition
and case. ``anonymous_template`` is used when the member's name has nothing readable in it. The
verbs are first-person forms that do not depend on the speaker's gender.
"""

from __future__ import annotations

from dataclasses import dataclass

#: For ``AUTO`` and any language without a pack of its own.
FALLBACK_LANGUAGE = "EN_US"


@dataclass(frozen=True)
class LanguagePack:
    """The numbers, words and sentence templates of one language."""

    numbers: tuple[str, ...]
    words: tuple[str, ...]
    template: str  # {member}, {guild}, {words}
    anonymous_template: str  # {guild}, {words}
    named_guild: str  # {name}
    unnamed_guild: str
    separator: str = ", "


def _split(text: str) -> tuple[str, ...]:
    """The whitespace-separated items of ``text``."""
    return tuple(text.split())


EN_US = LanguagePack(
    numbers=_split(
        # Not "three" nor "lemon": the offline recognizer mistook "three" for pauses and
        # "eleven" for "lemon" (benchmarks/consent_eval.py).
        "five six seven nine ten eleven twelve fifteen sixteen twenty thirty forty ninety"
    ),
    words=_split(
        """
        orange river lantern apple banana tiger rabbit turtle dolphin monkey window garden
        mountain forest ocean island candle pillow basket ladder rocket jacket guitar piano
        violin purple yellow golden penguin zebra elephant blanket umbrella hammer tomato cherry
        coffee planet rainbow thunder valley bicycle helmet compass feather kettle marble
        parrot octopus giraffe crystal pumpkin walnut castle wagon tulip kangaroo sunset
        """
    ),
    template="I, {member}, agree that my own voice is cloned on {guild} today: {words}.",
    anonymous_template="I agree that my own voice is cloned on {guild} today: {words}.",
    named_guild="{name}",
    unnamed_guild="this server",
)

ZH_CN = LanguagePack(
    # No "四" (like "十", and unlucky) nor "十" alone.
    numbers=_split(
        """
        二 三 五 六 七 八 九 十一 十二 十三 十五 十六 十七 十八 十九 二十 三十 五十 六十 七十
        八十 九十
        """
    ),
    words=_split(
        """
        苹果 香蕉 橙子 柠檬 西瓜 葡萄 草莓 番茄 胡萝卜 窗户 桌子 椅子 台灯 枕头 毯子 雨伞
        锤子 指南针 羽毛 水壶 吉他 钢琴 小提琴 自行车 火车 飞机 轮船 狮子 老虎 斑马 长颈鹿
        大象 猴子 兔子 乌龟 海豚 企鹅 鹦鹉 章鱼 猫头鹰 蝴蝶 高山 森林 河流 大海 岛屿 沙漠
        彩虹 白云 星星 月亮 太阳 灯笼 红色 蓝色 绿色 紫色 粉色
        """
    ),
    template="我，{member}，同意今天{guild}克隆我本人的声音：{words}。",
    anonymous_template="我同意今天{guild}克隆我本人的声音：{words}。",
    named_guild="在服务器“{name}”上",
    unnamed_guild="在本服务器上",
    separator="、",
)

KO_KR = LanguagePack(
    # Native Korean numbers: the Sino-Korean ones are single syllables with many homophones.
    numbers=_split(
        """
        둘 셋 넷 다섯 여섯 일곱 여덟 아홉 열 열하나 열둘 열셋 열넷 열다섯 열여섯 열일곱
        열여덟 열아홉 스물 서른 마흔 쉰 예순 일흔 여든 아흔
        """
    ),
    words=_split(
        """
        사과 바나나 오렌지 레몬 수박 포도 딸기 토마토 당근 창문 책상 의자 등불 베개 담요
        우산 사다리 망치 나침반 깃털 주전자 피아노 바이올린 자전거 기차 비행기 사자 호랑이
        얼룩말 기린 코끼리 원숭이 토끼 거북이 돌고래 펭귄 앵무새 문어 부엉이 나비 산 숲
        강 바다 섬 사막 무지개 구름 별 달 태양 호수 빨간색 파란색 초록색 노란색 보라색
        분홍색
        """
    ),
    template="{member}인 저는 오늘 {guild} 제 목소리를 복제하는 것에 동의합니다: {words}.",
    anonymous_template="저는 오늘 {guild} 제 목소리를 복제하는 것에 동의합니다: {words}.",
    named_guild="{name} 서버에서",
    unnamed_guild="이 서버에서",
)

JA_JP = LanguagePack(
    # No "四" or "九": two readings each, and unlucky.
    numbers=_split(
        "二 三 五 六 七 八 十 十一 十二 十三 十五 十六 十七 十八 二十 三十 五十 六十 七十 八十 百"
    ),
    words=_split(
        """
        りんご バナナ みかん レモン いちご すいか トマト にんじん 窓 机 椅子 傘 枕 毛布
        はしご ハンマー ギター ピアノ バイオリン 自転車 電車 飛行機 船 ライオン トラ シマウマ
        キリン ゾウ サル ウサギ カメ イルカ ペンギン タコ フクロウ 山 森 川 海 島 虹 雲 星
        月 太陽 湖 ちょうちん 赤 青 緑 黄色 紫 ピンク
        """
    ),
    template="私、{member}は、本日{guild}で自分の声をクローンすることに同意します：{words}。",
    anonymous_template="私は、本日{guild}で自分の声をクローンすることに同意します：{words}。",
    named_guild="サーバー「{name}」",
    unnamed_guild="このサーバー",
    separator="、",
)

RU_RU = LanguagePack(
    numbers=_split(
        """
        два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать
        четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать
        тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто
        """
    ),
    words=_split(
        """
        яблоко банан апельсин лимон вишня арбуз помидор морковь окно стол лампа подушка
        одеяло зонтик молоток перо чайник гитара пианино скрипка велосипед шлем поезд самолёт
        лодка лев тигр зебра жираф слон обезьяна кролик черепаха дельфин пингвин попугай
        осьминог сова бабочка гора лес река океан остров пустыня долина радуга облако звезда
        луна озеро фонарь красный синий зелёный жёлтый фиолетовый оранжевый розовый
        """
    ),
    template=(
        "Я, {member}, даю согласие на то, чтобы сегодня {guild} клонировали "
        "мой собственный голос: {words}."
    ),
    anonymous_template=(
        "Я даю согласие на то, чтобы сегодня {guild} клонировали мой собственный голос: {words}."
    ),
    named_guild="на сервере {name}",
    unnamed_guild="на этом сервере",
)

IT_IT = LanguagePack(
    numbers=_split(
        """
        due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici
        quindici sedici diciassette diciotto diciannove venti trenta quaranta cinquanta
        sessanta ottanta novanta
        """
    ),
    words=_split(
        """
        mela banana arancia limone anguria uva fragola pomodoro carota finestra tavolo sedia
        lampada cuscino coperta ombrello martello bussola piuma teiera chitarra violino
        bicicletta treno aereo barca leone tigre zebra giraffa elefante scimmia coniglio
        tartaruga delfino pinguino pappagallo polpo gufo farfalla montagna bosco fiume oceano
        isola deserto valle arcobaleno nuvola stella luna sole lago lanterna rosso blu verde
        giallo viola rosa
        """
    ),
    template=(
        "Io, {member}, do il mio consenso affinché oggi la mia voce venga clonata {guild}: {words}."
    ),
    anonymous_template=(
        "Do il mio consenso affinché oggi la mia voce venga clonata {guild}: {words}."
    ),
    named_guild="sul server {name}",
    unnamed_guild="su questo server",
)

ES_ES = LanguagePack(
    numbers=_split(
        """
        dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince
        dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta
        ochenta noventa
        """
    ),
    words=_split(
        """
        manzana plátano naranja limón sandía uva fresa tomate zanahoria ventana mesa silla
        lámpara almohada manta paraguas martillo brújula pluma tetera guitarra violín
        bicicleta tren avión barco león tigre cebra jirafa elefante mono conejo tortuga delfín
        pingüino loro pulpo búho mariposa montaña bosque río océano isla desierto valle
        arcoíris nube estrella luna sol lago farol rojo azul verde amarillo morado rosa
        """
    ),
    template=(
        "Yo, {member}, doy mi consentimiento para que hoy se clone mi propia voz {guild}: {words}."
    ),
    anonymous_template=(
        "Doy mi consentimiento para que hoy se clone mi propia voz {guild}: {words}."
    ),
    named_guild="en el servidor {name}",
    unnamed_guild="en este servidor",
)

PT_BR = LanguagePack(
    numbers=_split(
        """
        dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze
        dezesseis dezessete dezoito dezenove vinte trinta quarenta cinquenta sessenta oitenta
        noventa
        """
    ),
    words=_split(
        """
        maçã banana laranja limão melancia uva morango tomate cenoura janela mesa cadeira
        lâmpada travesseiro cobertor guarda-chuva escada martelo bússola pena chaleira violão
        piano violino bicicleta trem avião barco leão tigre zebra girafa elefante macaco
        coelho tartaruga golfinho pinguim papagaio polvo coruja borboleta montanha floresta
        rio oceano ilha deserto vale arco-íris nuvem estrela lua sol lago lanterna vermelho
        azul verde amarelo roxo rosa
        """
    ),
    template="Eu, {member}, autorizo que minha própria voz seja clonada hoje {guild}: {words}.",
    anonymous_template="Autorizo que minha própria voz seja clonada hoje {guild}: {words}.",
    named_guild="no servidor {name}",
    unnamed_guild="neste servidor",
)

DE_DE = LanguagePack(
    numbers=_split(
        """
        drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn
        sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig
        achtzig neunzig
        """
    ),
    words=_split(
        """
        Apfel Banane Zitrone Melone Traube Erdbeere Tomate Karotte Fenster Tisch Stuhl Lampe
        Kissen Decke Regenschirm Hammer Kompass Feder Gitarre Klavier Geige Fahrrad Zug
        Flugzeug Boot Löwe Tiger Zebra Giraffe Elefant Affe Hase Schildkröte Delfin Pinguin
        Papagei Eule Schmetterling Berg Wald Fluss Ozean Insel Wüste Tal Regenbogen Wolke
        Stern Mond Sonne Laterne rot blau grün gelb lila rosa
        """
    ),
    template=(
        "Ich, {member}, bin damit einverstanden, dass meine eigene Stimme heute {guild} "
        "geklont wird: {words}."
    ),
    anonymous_template=(
        "Ich bin damit einverstanden, dass meine eigene Stimme heute {guild} geklont wird: {words}."
    ),
    named_guild="auf dem Server {name}",
    unnamed_guild="auf diesem Server",
)

FR_FR = LanguagePack(
    # No "deux" (de), "sept" (cette), "vingt" (vin), "cent" (sans): homophones.
    numbers=_split(
        """
        trois quatre cinq six huit neuf dix onze douze treize quatorze quinze seize dix-sept
        dix-huit dix-neuf trente quarante cinquante soixante
        """
    ),
    words=_split(
        """
        pomme banane orange citron cerise pastèque raisin fraise tomate carotte fenêtre table
        chaise lampe oreiller couverture parapluie échelle marteau boussole plume bouilloire
        guitare piano violon vélo train avion bateau tigre zèbre girafe éléphant singe lapin
        tortue dauphin pingouin perroquet pieuvre hibou papillon montagne forêt rivière océan
        désert vallée arc-en-ciel nuage étoile lune soleil lanterne crayon chapeau tambour
        fusée rouge bleu jaune rose
        """
    ),
    # French typography: a no-break space before the colon.
    template=(
        "Moi, {member}, j'accepte que ma propre voix soit clonée aujourd'hui {guild}"
        "\u00a0: {words}."
    ),
    anonymous_template=(
        "J'accepte que ma propre voix soit clonée aujourd'hui {guild}\u00a0: {words}."
    ),
    named_guild="sur le serveur {name}",
    unnamed_guild="sur ce serveur",
)

AR_SA = LanguagePack(
    # Teens are two words in Arabic; units and tens are one.
    numbers=_split(
        """
        اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرون ثلاثون أربعون خمسون ستون
        سبعون ثمانون تسعون مئة
        """
    ),
    words=_split(
        """
        تفاحة موز برتقال ليمون بطيخ عنب فراولة طماطم نافذة كرسي طاولة مصباح وسادة مظلة
        مطرقة بوصلة ريشة جيتار بيانو دراجة قطار طائرة سفينة قارب أسد نمر زرافة فيل قرد أرنب
        سلحفاة دلفين ببغاء أخطبوط بومة فراشة جبل غابة نهر محيط جزيرة صحراء وادي سحابة نجمة
        قمر شمس بحيرة فانوس أحمر أزرق أخضر أصفر وردي ذهبي فضي
        """
    ),
    template="أنا، {member}، أوافق على استنساخ صوتي اليوم {guild}: {words}.",
    anonymous_template="أوافق على استنساخ صوتي اليوم {guild}: {words}.",
    named_guild="على خادم {name}",
    unnamed_guild="على هذا الخادم",
    separator="، ",
)

PL_PL = LanguagePack(
    numbers=_split(
        """
        dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście
        trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście
        dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt
        osiemdziesiąt dziewięćdziesiąt
        """
    ),
    words=_split(
        """
        jabłko banan pomarańcza cytryna wiśnia arbuz pomidor marchewka okno stół krzesło lampa
        poduszka koc parasol drabina młotek kompas pióro czajnik gitara pianino skrzypce rower
        kask pociąg samolot łódka lew tygrys zebra żyrafa słoń małpa królik żółw delfin pingwin
        papuga sowa motyl góra las rzeka ocean wyspa pustynia dolina tęcza chmura gwiazda
        księżyc słońce jezioro latarnia czerwony niebieski zielony żółty fioletowy różowy
        """
    ),
    template=(
        "Ja, {member}, zgadzam się, aby mój własny głos został dziś sklonowany {guild}: {words}."
    ),
    anonymous_template="Zgadzam się, aby mój własny głos został dziś sklonowany {guild}: {words}.",
    named_guild="na serwerze {name}",
    unnamed_guild="na tym serwerze",
)

NL_NL = LanguagePack(
    numbers=_split(
        """
        twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien
        zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig
        tachtig negentig
        """
    ),
    words=_split(
        """
        appel banaan citroen watermeloen druif aardbei tomaat wortel raam tafel stoel lamp
        kussen deken paraplu ladder hamer kompas veer waterkoker gitaar piano viool fiets trein
        vliegtuig boot leeuw tijger zebra giraf olifant aap konijn schildpad dolfijn pinguïn
        papegaai inktvis uil vlinder berg bos rivier oceaan eiland woestijn vallei regenboog
        wolk ster maan zon lantaarn rood blauw groen geel paars roze
        """
    ),
    template=(
        "Ik, {member}, ga ermee akkoord dat mijn eigen stem vandaag {guild} wordt gekloond: "
        "{words}."
    ),
    anonymous_template=(
        "Ik ga ermee akkoord dat mijn eigen stem vandaag {guild} wordt gekloond: {words}."
    ),
    named_guild="op de server {name}",
    unnamed_guild="op deze server",
)

HI_IN = LanguagePack(
    # No "साठ" (सात) or "सत्तर" (सत्रह): they sound too alike.
    numbers=_split(
        """
        दो तीन चार पाँच छह सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह अठारह उन्नीस
        बीस तीस चालीस पचास अस्सी नब्बे
        """
    ),
    words=_split(
        """
        सेब केला संतरा नींबू तरबूज़ अंगूर आम टमाटर गाजर खिड़की मेज़ कुर्सी दीपक तकिया कंबल
        छाता सीढ़ी हथौड़ा पंख केतली गिटार साइकिल रेलगाड़ी जहाज़ नाव शेर बाघ ज़ेबरा जिराफ़ हाथी
        बंदर खरगोश कछुआ डॉल्फ़िन तोता तितली पहाड़ जंगल नदी समुद्र द्वीप रेगिस्तान घाटी बादल
        तारा चाँद सूरज झील लालटेन मोर ऊँट हिरण मछली लाल नीला हरा पीला गुलाबी नारंगी
        """
    ),
    template="मैं, {member}, सहमत हूँ कि आज {guild} मेरी अपनी आवाज़ क्लोन की जाए: {words}।",
    anonymous_template="मैं सहमत हूँ कि आज {guild} मेरी अपनी आवाज़ क्लोन की जाए: {words}।",
    named_guild="{name} सर्वर पर",
    unnamed_guild="इस सर्वर पर",
)

HE_IL = LanguagePack(
    # Teens are two words in Hebrew; units and tens are one.
    numbers=_split(
        "שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר עשרים שלושים ארבעים חמישים שישים שמונים תשעים מאה"
    ),
    words=_split(
        """
        בננה תפוז לימון אבטיח ענבים דובדבן עגבנייה מלפפון חלון שולחן כיסא מנורה כרית שמיכה
        מטרייה סולם פטיש מצפן נוצה קומקום גיטרה פסנתר כינור אופניים קסדה רכבת מטוס סירה
        אריה נמר זברה ג'ירפה פיל קוף ארנב צב דולפין פינגווין תוכי תמנון ינשוף פרפר הר יער
        נהר אוקיינוס עמק קשת ענן שקיעה כוכב ירח שמש אגם פנס כחול ירוק צהוב כתום ורוד אדום
        זהב
        """
    ),
    # "מרשה" is spelled the same for every speaker (marshe / marsha).
    template="אני, {member}, מרשה לשכפל היום את הקול שלי {guild}: {words}.",
    anonymous_template="אני מרשה לשכפל היום את הקול שלי {guild}: {words}.",
    named_guild="בשרת {name}",
    unnamed_guild="בשרת הזה",
)

#: Every language with a pack, by clone-API code.
PACKS: dict[str, LanguagePack] = {
    "EN_US": EN_US,
    "ZH_CN": ZH_CN,
    "KO_KR": KO_KR,
    "JA_JP": JA_JP,
    "RU_RU": RU_RU,
    "IT_IT": IT_IT,
    "ES_ES": ES_ES,
    "PT_BR": PT_BR,
    "DE_DE": DE_DE,
    "FR_FR": FR_FR,
    "AR_SA": AR_SA,
    "PL_PL": PL_PL,
    "NL_NL": NL_NL,
    "HI_IN": HI_IN,
    "HE_IL": HE_IL,
}
