"""The clone endpoint's language codes (from its OpenAPI enum) with names members recognise."""

from __future__ import annotations

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
