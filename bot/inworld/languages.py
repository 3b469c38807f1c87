"""The clone endpoint's language codes (from its OpenAPI enum) with names members recognise."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from ..i18n import PSEUDO, SOURCE, tr
from ..i18n.catalog import pseudo

LANGUAGES: dict[str, str] = {
    "EN_US": "English (US)",
    "ZH_CN": "Chinese (China)",
    "KO_KR": "Korean",
    "JA_JP": "Japanese",
    "RU_RU": "Russian",
    "AUTO": "Other / auto-detect",
    "IT_IT": "Italian",
    "ES_ES": "Spanish (Spain)",
    "PT_BR": "Portuguese (Brazil)",
    "DE_DE": "German",
    "FR_FR": "French",
    "AR_SA": "Arabic (Saudi Arabia)",
    "PL_PL": "Polish",
    "NL_NL": "Dutch",
    "HI_IN": "Hindi",
    "HE_IL": "Hebrew",
}


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


def language_label(code: str, locale: str = SOURCE) -> str:
    """A clone language's name in ``locale`` (Babel's names, with the region where the API's
    English list names one; English: that list)."""
    if locale == SOURCE:
        return language_name(code)
    if locale == PSEUDO:
        return pseudo(language_name(code))
    if code == "AUTO":
        return tr(locale, "clone-language-auto")
    language, _, region = code.partition("_")
    try:
        tag = f"{language.lower()}_{region}" if "(" in language_name(code) else language.lower()
        name = Locale.parse(tag).get_display_name(locale.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        name = None
    return name[:1].upper() + name[1:] if name else language_name(code)
