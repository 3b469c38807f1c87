#!/usr/bin/env bash
# Build the bot's own ffmpeg from an unpacked Debian source package (`apt-get source ffmpeg`:
# upstream's release plus Debian's patches, from the security archive when it has a newer one)
# with only what the bot uses compiled in: the `file` and `pipe` protocols, the demuxers and
# audio decoders of bot/audio/ffmpeg.py's allow-lists, the PCM and libopus encoders, the s16le
# and Ogg muxers and the filters ffmpeg inserts itself for `-t`, `-ac` and `-ar`. No network, no
# devices, no video or picture decoders, no external library but libopus (linked dynamically:
# Debian's libopus0 keeps its own security updates).
#
#   scripts/build-ffmpeg.sh SOURCE_DIR PREFIX     (installs PREFIX/bin/ffmpeg)
#
# Needs a C compiler, make, nasm and libopus-dev. tests/test_ffmpeg_build.py keeps the lists
# below in step with the allow-lists; `python -m bot check` checks the result.
set -euo pipefail

src=${1:?usage: build-ffmpeg.sh SOURCE_DIR PREFIX}
prefix=${2:?usage: build-ffmpeg.sh SOURCE_DIR PREFIX}

# Component names as ./configure spells them (`./configure --list-demuxers`): the allow-list's
# `mp4` is an alias of the mov demuxer, `mpeg` is the mpegps demuxer, and the raw `s16le`
# format is the pcm_s16le demuxer and muxer, the g722/g726/g726le decoders are adpcm_*.
demuxers=(
    wav w64 mp3 ogg mov flac matroska aac aiff caf amr au avi asf flv mpegts mpegps
    ac3 eac3 wv ape tta voc
    pcm_s16le # bot/speech/voice_message.py: raw PCM on stdin
)
decoders=(
    pcm_s16le pcm_s16be pcm_s24le pcm_s24be pcm_s32le pcm_s32be pcm_f32le pcm_f32be
    pcm_f64le pcm_f64be pcm_u8 pcm_s8 pcm_alaw pcm_mulaw adpcm_ms adpcm_ima_wav adpcm_ima_qt
    adpcm_swf adpcm_sbpro_2 adpcm_sbpro_3 adpcm_sbpro_4 adpcm_g722 adpcm_g726 adpcm_g726le
    gsm gsm_ms
    mp1 mp1float mp2 mp2float mp3 mp3float aac aac_fixed aac_latm ac3 ac3_fixed eac3
    vorbis opus flac alac wavpack ape tta speex
    amrnb amrwb nellymoser wmav1 wmav2 wmapro wmavoice wmalossless
)
# Parsers the demuxers above ask for (MPEG-TS/PS, Matroska, FLV, raw streams).
parsers=(aac aac_latm ac3 amr flac gsm mpegaudio opus vorbis)
encoders=(pcm_s16le libopus)
muxers=(pcm_s16le ogg)
# The filter graph ffmpeg builds around every stream (its sources and sinks are always built):
# the format and trim filters it inserts for `-t`, and aresample, which converts for `-ac` and
# `-ar`.
filters=(aformat anull atrim aresample format null trim)
protocols=(file pipe)
# Decoders without a bitstream filter of their own run through the null one.
bsfs=(null)

join() {
    local IFS=,
    echo "$*"
}

# The Debian revision (e.g. 0+deb12u1) shows in `ffmpeg -version`, as in Debian's own build.
revision=$(sed -n '1s/^ffmpeg (\([^)]*\)).*/\1/p' "$src/debian/changelog" 2>/dev/null || true)
revision=${revision#*:}
revision=${revision#*-}

cd "$src"
./configure \
    --prefix="$prefix" \
    --extra-version="${revision:-source}" \
    --disable-everything \
    --disable-autodetect \
    --disable-network \
    --disable-doc \
    --disable-debug \
    --disable-ffplay \
    --disable-ffprobe \
    --disable-avdevice \
    --disable-swscale \
    --disable-postproc \
    --disable-pixelutils \
    --enable-libopus \
    --enable-protocol="$(join "${protocols[@]}")" \
    --enable-demuxer="$(join "${demuxers[@]}")" \
    --enable-decoder="$(join "${decoders[@]}")" \
    --enable-parser="$(join "${parsers[@]}")" \
    --enable-encoder="$(join "${encoders[@]}")" \
    --enable-muxer="$(join "${muxers[@]}")" \
    --enable-filter="$(join "${filters[@]}")" \
    --enable-bsf="$(join "${bsfs[@]}")" \
    >configure.log || { tail -40 configure.log ffbuild/config.log >&2; exit 1; }
# configure skips a name it does not know without a word: every one must have been enabled.
missing=()
for kind in demuxer decoder parser encoder muxer filter protocol bsf; do
    declare -n names="${kind}s"
    for name in "${names[@]}"; do
        grep -q "^CONFIG_${name^^}_${kind^^}=yes$" ffbuild/config.mak || missing+=("$name $kind")
    done
done
if ((${#missing[@]})); then
    printf 'configure did not enable: %s\n' "${missing[@]}" >&2
    exit 1
fi
make -j"$(nproc)" >make.log 2>&1 || { tail -60 make.log >&2; exit 1; }
make install >/dev/null
strip "$prefix/bin/ffmpeg"
"$prefix/bin/ffmpeg" -hide_banner -version | head -1
