"""Weights of the author scorer in :mod:`search.cleaning.meta_author` (fitted by bench/train_author.py)."""

AUTHOR_BIAS = 1.999
AUTHOR_THRESHOLD = 0.7
AUTHOR_WEIGHTS: dict[str, float] = {
    "explicit": 0.571,
    "bare": -0.196,
    "n_names": -0.082,
    "date_same": 0.765,
    "date_near": 0.086,
    "after_title": 0.492,
    "before_title": 0.152,
    "title_dist": -1.236,
    "body_dist": 0.316,
    "in_body": 0.430,
    "after_body": -0.636,
    "in_list": -0.292,
    "in_prose": -0.712,
    "in_title": 0.073,
    "mentions": -0.397,
    "rank": -0.579,
    "rule": 0.000,
    "top_frac": 0.641,
}
