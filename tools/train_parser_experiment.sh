#!/bin/sh
# EXPERIMENT, not shipped: train a small spaCy tagger + dependency parser on UD English EWT train,
# to compare with the shipped tagger + rules (app/core/facts/nlp) in
# benchmarks/bench_parser_vs_tagger.py (issue 11; decision and figures in benchmarks/RESULTS.md,
# "Tagger or parser (issue 11)").
#
#   .venv/bin/pip install -e '.[experiments]'        # spaCy; never a dependency of the app
#   sh tools/train_parser_experiment.sh [OUT] [SECONDS]
#   WIDTH=64 DEPTH=2 HIDDEN=64 sh tools/train_parser_experiment.sh /tmp/parser_exp_w64 900
#
# OUT (default /tmp/parser_exp) receives the converted corpora (corpus/*.spacy), config.cfg,
# train.log and the trained pipeline (out/model-best, out/model-last). Nothing is downloaded: the
# pipeline is trained from scratch (`spacy init config --optimize efficiency`, CPU, no pretrained
# vectors); `spacy download` is never used. Training stops at SECONDS (default 1200) of wall time
# (`timeout`); spaCy writes out/model-best at each evaluation on EWT dev (every 500 steps), so a
# stopped run still leaves the best model so far. One thread (the machine is shared).
# WIDTH / DEPTH (tok2vec) and HIDDEN (parser) override the efficiency defaults 96 / 4 / 128.
# EWT test and GUM dev/test are converted for measuring only: GUM is CC BY-NC-SA, never trained on.
# Data are read from ../shared/data/ud beside the repository and never committed.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
UD="$ROOT/../shared/data/ud"
OUT=${1:-/tmp/parser_exp}
SECONDS_MAX=${2:-1200}
PY="$ROOT/.venv/bin/python"
WIDTH=${WIDTH:-96}
DEPTH=${DEPTH:-4}
HIDDEN=${HIDDEN:-128}
if [ ! -f "$UD/en_ewt-ud-train.conllu" ]; then
    echo "no UD data at $UD; nothing to train"
    exit 0
fi
if ! "$PY" -c "import spacy" 2>/dev/null; then
    echo "spaCy is not installed: .venv/bin/pip install -e '.[experiments]'"
    exit 0
fi
mkdir -p "$OUT/corpus"
for stem in en_ewt-ud-train en_ewt-ud-dev en_ewt-ud-test en_gum-ud-dev en_gum-ud-test; do
    # Documents of 10 sentences, so the parser also learns where sentences end.
    "$PY" -m spacy convert "$UD/$stem.conllu" "$OUT/corpus" --converter conllu -n 10
done
"$PY" -m spacy init config "$OUT/config.cfg" --lang en --pipeline tagger,parser \
    --optimize efficiency --force
rm -rf "$OUT/out"
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONUNBUFFERED=1 \
    timeout "$SECONDS_MAX" "$PY" -m spacy train "$OUT/config.cfg" --output "$OUT/out" \
    --paths.train "$OUT/corpus/en_ewt-ud-train.spacy" \
    --paths.dev "$OUT/corpus/en_ewt-ud-dev.spacy" \
    --components.tok2vec.model.encode.width "$WIDTH" \
    --components.tok2vec.model.encode.depth "$DEPTH" \
    --components.parser.model.hidden_width "$HIDDEN" \
    --training.eval_frequency 500 --system.seed 0 2>&1 | tee "$OUT/train.log" || true
ls -d "$OUT"/out/model-* 2>/dev/null || echo "no model written (stopped before the first evaluation?)"
