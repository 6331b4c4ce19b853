"""The fold is the same whichever engine runs the per-article stages."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES
from newsfold.engines import LocalEngine, make_engine
from newsfold.errors import ConfigError
from newsfold.export import dumps_fold, fold_to_dict

pytestmark = pytest.mark.model


def _square(batch: list[int]) -> list[int]:
    return [x * x for x in batch]


def test_engines_local_pool_keeps_input_order():
    engine = LocalEngine(2)
    try:
        batches = [[i, i + 1] for i in range(0, 40, 2)]
        assert list(engine.map(_square, batches)) == [_square(b) for b in batches]
    finally:
        engine.close()


def test_engines_unknown_engine_is_a_config_error():
    with pytest.raises(ConfigError):
        make_engine("spark")
    with pytest.raises(ConfigError):
        LocalEngine(0)


def _fold_with(tmp_path, name, **settings):
    from newsfold.pipeline import Settings, fold_paths
    from newsfold.store import Store

    with Store.open(tmp_path / f"{name}.db") as store:
        fold, report = fold_paths([EXAMPLES], store, settings=Settings(batch_size=4, **settings))
    assert report.analysed == 14
    return dumps_fold(fold_to_dict(fold))


@pytest.mark.slow
def test_engines_two_workers_give_the_same_fold(nlp, tmp_path):
    assert _fold_with(tmp_path, "pool", workers=2) == _fold_with(tmp_path, "single", workers=1)


@pytest.mark.slow
def test_engines_dask_local_cluster_gives_the_same_fold(nlp, tmp_path):
    pytest.importorskip("dask.distributed")
    assert _fold_with(tmp_path, "dask", engine="dask", workers=2) == _fold_with(tmp_path, "single", workers=1)
