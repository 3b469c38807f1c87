"""Child process: hear whether one WAV contains one consent sentence (pocketsphinx, English).

Run as ``python -m bot.consent.recognize_worker``. Protocol: stdin is one JSON line
``{"sentence": ..., "keywords": [...]}`` followed by the WAV bytes; stdout is one JSON line
``{"ok": true, "heard": ..., "extra_speech_seconds": ..., "frames": ..., "decode_seconds": ...}``
(or ``{"ok": false, "error": ...}``). It runs in its own process because pocketsphinx's decoder
holds the GIL for the whole decode, and so that memory and CPU can be capped (``resource``
limits below), its environment kept minimal (the parent passes none of its secrets) and, where
the platform allows it without privileges, its network taken away (:func:`isolate_network`).

Why a grammar: free decoding with the general English LM is useless on varied voices, and plain
forced alignment either fails or always "succeeds". The grammar is the sentence itself, except
that every keyword slot is an alternation of the true keyword with every other word and number
the challenges draw from (``bot.consent.wordlists``). A recording of another challenge, of the
template alone or of anything else then decodes to other words in those slots (or to nothing),
which :func:`bot.consent.matching.match_sentence` rejects. Words missing from the dictionary
(member and server names) get a rough letter-by-letter pronunciation, are optional, and are not
scored. The grammar cannot hear speech that is not the sentence, but the words' timings show it:
``extra_speech_seconds`` (:mod:`bot.consent.extra_speech`) is what the parent bounds.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import itertools
import json
import os
import random
import resource
import sys
import time
import unicodedata
import wave
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .matching import Match, keyword_spans, match_sentence, normalise_words

if TYPE_CHECKING:
    from .extra_speech import WordTiming

#: Largest input read from stdin (a 15 s, 48 kHz stereo WAV is 2.9 MB).
MAX_INPUT_BYTES = 4 * 1024 * 1024
#: Longest audio decoded.
MAX_SECONDS = 20.0
MEMORY_LIMIT = 1024 * 1024 * 1024
CPU_SECONDS = 30
RATE = 16_000
LANGUAGE = "EN_US"
#: Low-level noise padded before and after: the pipeline trims silence right up to the speech,
#: and without some lead-in/out the first and last words are often lost.
PAD_SECONDS = 0.3
PAD_DBFS = -60.0
#: The second try's beams, when the first did not reach the end of the grammar.
WIDE_BEAM = 1e-80
WIDE_WBEAM = 1e-60
#: Other words each keyword slot of the grammar offers (see :func:`slot_decoys`).
DECOYS_PER_SLOT = 12
#: Wider than pocketsphinx's defaults (1e-48, 7e-29): synthetic and accented voices fall off
#: the default beam and the keywords are lost (measured: 18 -> 21 of 40 keywords heard on
#: espeak-ng voices). Wider still (1e-80) costs 10-25 s per check.
BEAM = 1e-60
WBEAM = 1e-40

# A rough pronunciation of a letter, for names missing from the dictionary (not scored: it
# only has to soak up the name's audio so the words around it align).
_LETTER_PHONES = {
    "a": "AE", "b": "B", "c": "K", "d": "D", "e": "EH", "f": "F", "g": "G", "h": "HH",
    "i": "IH", "j": "JH", "k": "K", "l": "L", "m": "M", "n": "N", "o": "AA", "p": "P",
    "q": "K", "r": "R", "s": "S", "t": "T", "u": "AH", "v": "V", "w": "W", "x": "K S",
    "y": "Y", "z": "Z",
}  # fmt: skip


#: Segments of a hypothesis that are not words of the sentence.
_NOT_WORDS = frozenset({"<s>", "</s>", "<sil>", "pau"})
#: unshare(2) flags: a new user namespace (so no privilege is needed) with a new, empty
#: network namespace (only a downed loopback).
_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def limit_resources() -> None:
    """Cap address space and CPU time: a hostile or pathological input cannot take the host."""
    for limit, value in ((resource.RLIMIT_AS, MEMORY_LIMIT), (resource.RLIMIT_CPU, CPU_SECONDS)):
        soft, hard = resource.getrlimit(limit)
        cap = value if hard == resource.RLIM_INFINITY else min(value, hard)
        if soft == resource.RLIM_INFINITY or soft > cap:
            resource.setrlimit(limit, (cap, hard))


def isolate_network() -> bool:
    """Move this process into an empty network namespace, where the platform allows it without
    privileges (Linux with unprivileged user namespaces; root may skip the user namespace).
    Best effort: False when it is not allowed (the child then runs with the host's network)."""
    name = ctypes.util.find_library("c")
    if not sys.platform.startswith("linux") or name is None:
        return False
    libc = ctypes.CDLL(name, use_errno=True)
    for flags in (_CLONE_NEWUSER | _CLONE_NEWNET, _CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return True
    return False


def wav_to_pcm16k(wav: bytes) -> bytes:
    """Mono 16-bit 16 kHz PCM of a 16-bit PCM WAV (any rate, channels mixed), padded."""
    import numpy as np  # here, so the parent importing MAX_INPUT_BYTES stays light

    from bot.audio.resample import resample

    with wave.open(io.BytesIO(wav)) as reader:
        if reader.getsampwidth() != 2:
            raise ValueError("expected 16-bit PCM")
        rate, channels = reader.getframerate(), reader.getnchannels()
        frames = min(reader.getnframes(), int(MAX_SECONDS * rate))
        raw = reader.readframes(frames)
    samples = np.frombuffer(raw, dtype="<i2").astype(np.float64)
    if channels > 1:
        samples = samples[: len(samples) // channels * channels].reshape(-1, channels).mean(1)
    if rate != RATE:
        samples = resample(samples, rate, RATE)
    rng = np.random.default_rng(0)
    pad = rng.normal(0.0, 32768 * 10 ** (PAD_DBFS / 20), int(PAD_SECONDS * RATE))
    samples = np.concatenate([pad, samples, pad[::-1]])
    return np.clip(np.round(samples), -32768, 32767).astype("<i2").tobytes()


def rough_pronunciation(token: str) -> str:
    """Letter-by-letter phones for an out-of-dictionary token ("" when nothing is left).

    Accents are stripped; letters of other scripts are dropped (digits never get here:
    ``normalise_words`` spells them out)."""
    folded = unicodedata.normalize("NFKD", token)
    phones: list[str] = []
    last = ""
    for ch in folded:
        if ch == last:
            continue
        last = ch
        if ch in _LETTER_PHONES:
            phones.append(_LETTER_PHONES[ch])
    return " ".join(phones)


def decoys() -> list[str]:
    """Every word and number the English challenges draw keywords from."""
    from .wordlists import PACKS

    pack = PACKS[LANGUAGE]
    return sorted({w.casefold() for w in (*pack.numbers, *pack.words)})


def number_words() -> frozenset[str]:
    from .wordlists import PACKS

    return frozenset(w.casefold() for w in PACKS[LANGUAGE].numbers)


def slot_decoys(
    token: str, pool: Sequence[str], numbers: frozenset[str], rng: random.Random
) -> list[str]:
    """The other words a keyword slot may decode to: DECOYS_PER_SLOT of the same kind (a
    number slot gets numbers, a word slot words). Measured on 24 espeak-ng speakers
    (``benchmarks/consent_eval.py``): every pack word in every slot heard 6 of 24 right
    readings, same-kind decoys 11, 12 same-kind decoys 13-15, with no other challenge
    accepted in any of them (fewer alternatives, fewer ways for a weak acoustic match to
    slip)."""
    same_kind = [w for w in pool if w != token and (w in numbers) == (token in numbers)]
    return rng.sample(same_kind, min(DECOYS_PER_SLOT, len(same_kind)))


_OOV_IDS = itertools.count()


def _safe(word: str) -> bool:
    """A token usable verbatim as a JSGF/dictionary word."""
    return word.isascii() and word.replace("'", "").isalnum()


def _phones(decoder: Any, word: str) -> int:
    return len((decoder.lookup_word(word) or "").split())


def build_grammar(
    sentence: str, keywords: Sequence[str], decoder: Any
) -> tuple[str, dict[str, str], int]:
    """The JSGF grammar of ``sentence`` (see module docstring), display names of the
    placeholder words added for out-of-dictionary tokens, and the sentence's length in phones
    (its true keywords, the placeholders' rough pronunciations)."""
    tokens = normalise_words(sentence, LANGUAGE)
    kw_tokens = [normalise_words(k, LANGUAGE) for k in keywords]
    spans = keyword_spans(tokens, [k for k in kw_tokens if k]) or []
    slot_of = {span.start: span for span in spans}
    pool = [w for w in decoys() if decoder.lookup_word(w)]
    numbers = number_words()
    # The same rng for the same sentence: a benchmark run is repeatable.
    rng = random.Random(zlib.crc32(sentence.encode("utf-8")))
    parts: list[str] = []
    display: dict[str, str] = {}
    phones = 0
    i = 0
    while i < len(tokens):
        token = tokens[i]
        span = slot_of.get(i)
        if span is not None and len(span) == 1 and _safe(token) and decoder.lookup_word(token):
            parts.append("( " + " | ".join([token, *slot_decoys(token, pool, numbers, rng)]) + " )")
            phones += _phones(decoder, token)
        elif _safe(token) and decoder.lookup_word(token):
            parts.append(token)
            phones += _phones(decoder, token)
        else:
            pron = rough_pronunciation(token)
            phones += len(pron.split())
            if pron:
                name = f"oov{next(_OOV_IDS)}"  # unique: a decoder may be reused (benchmark)
                decoder.add_word(name, pron, update=True)
                display[name] = token
                parts.append(f"[ {name} ]")
        i += len(span) if span is not None else 1
    body = " [ pau ] ".join(parts)
    grammar = f"#JSGF V1.0;\ngrammar consent;\npublic <s> = [ pau ] {body} [ pau ] ;\n"
    return grammar, display, phones


def make_decoder(beam: float = BEAM, wbeam: float = WBEAM) -> Any:
    """pocketsphinx's en-us model with a silence word for explicit pauses, logging silenced."""
    import pocketsphinx  # type: ignore[import-untyped]

    decoder = pocketsphinx.Decoder(
        lm=None,
        logfn=os.devnull,
        fsgusefiller=False,  # with automatic fillers the grammar's end is often never reached
        cmn="batch",  # the whole clip is there: normalise over it, not a running estimate
        beam=beam,
        wbeam=wbeam,
        pbeam=beam,
    )
    decoder.add_word("pau", "SIL", update=True)
    return decoder


def word_timings(decoder: Any) -> list[WordTiming]:
    """The sentence's words in the decoder's hypothesis, with their frames and phone counts."""
    from .extra_speech import WordTiming

    words: list[WordTiming] = []
    for seg in decoder.seg() or ():
        word = str(seg.word)
        if word in _NOT_WORDS or word.startswith(("[", "+", "<")):
            continue
        words.append(
            WordTiming(word, int(seg.start_frame), int(seg.end_frame), _phones(decoder, word))
        )
    return words


def recognize(pcm: bytes, sentence: str, keywords: Sequence[str], decoder: Any) -> dict[str, Any]:
    """Decode ``pcm`` (16 kHz) against the sentence's grammar: the words heard, in order, and
    the seconds of speech outside them."""
    from .extra_speech import extra_speech_seconds, frame_levels  # numpy: after isolation

    start = time.perf_counter()
    grammar, display, phones = build_grammar(sentence, keywords, decoder)
    decoder.add_jsgf_string("consent", grammar)
    decoder.activate_search("consent")
    decoder.start_utt()
    decoder.process_raw(pcm, full_utt=True)
    decoder.end_utt()
    hyp = decoder.hyp()
    words = [] if hyp is None else [w for w in hyp.hypstr.split() if w != "pau"]
    heard = " ".join(display.get(w, w) for w in words)
    timings = word_timings(decoder) if hyp is not None else []
    pad_frames = round(PAD_SECONDS * 100)
    return {
        "ok": True,
        "heard": heard,
        "extra_speech_seconds": extra_speech_seconds(
            frame_levels(pcm), timings, edge_frames=pad_frames, sentence_phones=phones
        ),
        "complete": hyp is not None,
        "frames": int(decoder.n_frames()),
        "decode_seconds": round(time.perf_counter() - start, 4),
    }


def _closeness(match: Match) -> float:
    """Which of two hearings is nearer the sentence: random words heard first, then the rest."""
    return match.keywords_heard + match.score


def main() -> int:
    """Read the request from stdin, write one JSON line to stdout."""
    limit_resources()
    isolate_network()
    try:
        header = sys.stdin.buffer.readline(64 * 1024)
        request = json.loads(header)
        sentence = str(request["sentence"])
        keywords = [str(k) for k in request["keywords"]]
        wav = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        if len(wav) > MAX_INPUT_BYTES:
            raise ValueError("input too large")
        pcm = wav_to_pcm16k(wav)
        result = recognize(pcm, sentence, keywords, make_decoder())
        first = match_sentence(sentence, result["heard"], keywords, LANGUAGE)
        if not first.accepted:
            # Often the grammar's end was not reached (the last keyword is lost): once more
            # with the wide beams, slower, so only now; the better hearing counts.
            # Measured: right readings heard went from 22 to 24 of 32 espeak-ng speakers.
            wide = recognize(pcm, sentence, keywords, make_decoder(WIDE_BEAM, WIDE_WBEAM))
            again = match_sentence(sentence, wide["heard"], keywords, LANGUAGE)
            if _closeness(again) > _closeness(first):
                result = wide
    except ImportError:
        result = {"ok": False, "error": "pocketsphinx is not installed"}
    except (ValueError, KeyError, TypeError, wave.Error, EOFError) as exc:
        result = {"ok": False, "error": f"bad input: {type(exc).__name__}"}
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
