#!/usr/bin/env bash
# Six questions over three inputs written after the relevance rules (issue 16), none of them in the corpus:
# a book list, a logfmt-style action log, a grep of function definitions. Prints, per question and
# relevance mode, whether the answer is kept inline. Run from the repository root.
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)"
while IFS=$'\t' read -r file question answer; do
  for relevance in lexical onnx; do
    if ./headroom compress "$dir/$file" --query "$question" --relevance "$relevance" 2>/dev/null | grep -qF -- "$answer"; then
      verdict=kept; else verdict=lost; fi
    printf '%-12s %-8s %-5s %s\n' "$file" "$relevance" "$verdict" "$answer"
  done
done < "$dir/q.tsv"
