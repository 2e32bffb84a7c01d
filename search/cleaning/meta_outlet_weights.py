"""Weights of the outlet scorer in :mod:`search.cleaning.meta_outlet` (fitted by bench/train_outlet.py)."""

OUTLET_BIAS = -5.297
OUTLET_THRESHOLD = 0.378
OUTLET_WEIGHTS: dict[str, float] = {
    "copyright": 0.912,
    "suffix": -0.043,
    "suffix_rep": -0.128,
    "domain_eq": 1.733,
    "domain_part": 0.068,
    "context": 1.406,
    "standalone_top": -0.330,
    "standalone_bottom": -0.778,
    "standalone_mid": -0.087,
    "nav_prefix": -0.656,
    "mentions": 1.656,
    "prose_share": 0.641,
    "first_pos": -0.790,
    "tokens1": -0.799,
    "allcaps": 0.829,
    "generic": 0.758,
    "author": -0.601,
    "domain_only": 0.760,
    "long": -0.471,
    "person_like": 0.192,
    "ngram": 0.436,
    "sources": 1.056,
    "top_dom": 1.027,
    "edge_lines": 0.642,
    "whole_seg": -0.144,
    "in_title": -0.272,
    "prose_mentions": -0.550,
}
