"""Weights of the author scorer in :mod:`search.cleaning.meta_author` (fitted by bench/train_author.py)."""

AUTHOR_BIAS = 1.491
AUTHOR_THRESHOLD = 0.7
AUTHOR_WEIGHTS: dict[str, float] = {
    "explicit": 0.726,
    "bare": -0.435,
    "n_names": -0.356,
    "date_same": 0.804,
    "date_near": 0.630,
    "after_title": 0.781,
    "before_title": -0.455,
    "title_dist": -0.858,
    "body_dist": 0.580,
    "in_body": 0.324,
    "after_body": -0.174,
    "in_list": -0.684,
    "in_prose": -1.206,
    "in_title": -0.450,
    "mentions": -0.254,
    "rank": 0.247,
    "rule": 0.000,
    "top_frac": 0.328,
    "tail_near": -0.194,
    "cue_same": 0.272,
}
