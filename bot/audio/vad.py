"""WebRTC's voice-activity detector, frame by frame, aligned with the pipeline's 20 ms frames.

Chosen over frame energy alone by measurement (``benchmarks/vad_eval.py``, README "Audio
pipeline"): on speech over white noise or music energy marks the background as speech, the VAD
does not. It runs on 8/16/32/48 kHz PCM. Other rates that are a multiple of 8 kHz (the
pipeline's 24 kHz) are averaged down to 8 kHz, telephone band, plenty for voice activity and a
fraction of the cost of a polyphase resampler; any other rate (22.05 or 44.1 kHz, say) is
resampled to 16 kHz (``bot.audio.resample``, numpy only: no scipy at run time, issue #19).
"""

from __future__ import annotations

import numpy as np
import webrtcvad

from .resample import resample

FRAME_MS = 20
#: 3 is the most aggressive mode (fewest non-speech frames called speech).
MODE = 3
_NATIVE_RATES = (8_000, 16_000, 32_000, 48_000)
_FALLBACK_RATE = 16_000


def voiced_frames(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """One bool per whole 20 ms frame of int16 ``samples``: True where the VAD hears speech."""
    count = len(samples) * 1000 // (sample_rate * FRAME_MS)
    rate = sample_rate
    pcm = np.asarray(samples, dtype=np.int16)
    if rate not in _NATIVE_RATES and rate % 8_000 == 0:
        factor = rate // 8_000
        usable = len(pcm) // factor * factor
        head = pcm[:usable]
        total = head[0::factor].astype(np.int32)
        for offset in range(1, factor):
            total += head[offset::factor]
        pcm = (total // factor).astype(np.int16)
        rate = 8_000
    elif rate not in _NATIVE_RATES:
        resampled = resample(pcm, rate, _FALLBACK_RATE)
        pcm = np.clip(np.round(resampled), -32768, 32767).astype(np.int16)
        rate = _FALLBACK_RATE
    step = rate * FRAME_MS // 1000
    raw = pcm.tobytes()
    vad = webrtcvad.Vad(MODE)
    flags = np.zeros(count, dtype=bool)
    for i in range(min(count, len(pcm) // step)):
        flags[i] = vad.is_speech(raw[i * step * 2 : (i + 1) * step * 2], rate)
    return flags
