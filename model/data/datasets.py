"""Datasets of 28×28 grey images: loading IDX folders, checksums, splits and a download cache.

MNIST ships with DigitLab (``resources/data/mnist``), Fashion-MNIST with a checkout of it (not its
installers), each verified against its SHA256SUMS on every load, so a damaged copy is reported
instead of silently training on garbage. A dataset whose bundled copy is missing is fetched
through ``keras.datasets`` only when the caller allows it, and cached as ordinary IDX files so
later loads need neither the network nor TensorFlow. Importing this module never imports
TensorFlow.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from model import keras_runtime
from model.atomic_files import write_bytes_atomically
from model.data.checksums import CHECKSUM_FILE, sha256_of, verify_checksums
from model.data.idx import read_idx, write_idx
from model.errors import ConfigError, DatasetError
from model.image_size import IMAGE_SIDE
from model.resources import bundled_dataset_dir
from model.translatable import QT_TRANSLATE_NOOP, marked
from model.user_data import datasets_cache_dir

MNIST_CLASSES: tuple[str, ...] = tuple("0123456789")
FASHION_MNIST_CLASSES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Model", "T-shirt/top"), QT_TRANSLATE_NOOP("Model", "Trouser"),
    QT_TRANSLATE_NOOP("Model", "Pullover"), QT_TRANSLATE_NOOP("Model", "Dress"),
    QT_TRANSLATE_NOOP("Model", "Coat"), QT_TRANSLATE_NOOP("Model", "Sandal"),
    QT_TRANSLATE_NOOP("Model", "Shirt"), QT_TRANSLATE_NOOP("Model", "Sneaker"),
    QT_TRANSLATE_NOOP("Model", "Bag"), QT_TRANSLATE_NOOP("Model", "Ankle boot"),
)
"""Marked for the window, which shows them translated (the files and the CLI keep English)."""
IDX_FILES: tuple[str, ...] = (
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
)
CLASSES_FILE = "classes.txt"


@dataclass(frozen=True)
class _KnownDataset:
    """A dataset DigitLab can name: where it may already be, and how Keras downloads it."""

    spec: str
    name: str
    class_names: tuple[str, ...]
    keras_name: str


_KNOWN = {
    "mnist": _KnownDataset("mnist", "MNIST", MNIST_CLASSES, "mnist"),
    "fashion-mnist": _KnownDataset(
        "fashion-mnist", "Fashion-MNIST", FASHION_MNIST_CLASSES, "fashion_mnist"
    ),
}


# eq=False: the fields are arrays, so generated equality and hashing would not work.
@dataclass(frozen=True, eq=False)
class Dataset:
    """Train and test images ``(N, 28, 28)`` uint8 (0–255, ink high) with labels ``(N,)``."""

    name: str
    class_names: tuple[str, ...]
    x_train: np.ndarray = field(repr=False)
    y_train: np.ndarray = field(repr=False)
    x_test: np.ndarray = field(repr=False)
    y_test: np.ndarray = field(repr=False)

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def is_digits(self) -> bool:
        """Whether the classes are the digits 0–9 (digit-only augmentations apply)."""
        return tuple(self.class_names) == MNIST_CLASSES

    def describe(self) -> str:
        """One line for status bars and logs, e.g. ``MNIST: 60,000 train / 10,000 test, ...``."""
        return (
            f"{self.name}: {len(self.y_train):,} train / {len(self.y_test):,} test, "
            f"{self.num_classes} classes"
        )

    def subset(self, n_train: int, n_test: int | None, seed: int) -> Dataset:
        """A smaller dataset with every class in its original proportion (for quick runs);
        ``n_test`` None keeps the whole test set."""
        _, train = stratified_split(self.y_train, n_train, seed)
        test = slice(None) if n_test is None else stratified_split(self.y_test, n_test, seed)[1]
        return Dataset(
            self.name, self.class_names,
            self.x_train[train], self.y_train[train], self.x_test[test], self.y_test[test],
        )

    def limited(self, train_count: int, seed: int) -> Dataset:
        """What ``--limit`` trains on: ``train_count`` stratified training images, tested on the
        whole test set, so its score compares with every other run's and with ``evaluate``."""
        return self.subset(train_count, None, seed)


def load_dataset(spec: str, *, download: bool = False) -> Dataset:
    """Load ``"mnist"``, ``"fashion-mnist"`` or a folder of IDX files.

    A named dataset is read from the first folder that holds all four IDX files (the bundled
    copy, then the download cache); only if none does, and ``download`` allows it, is it fetched.
    """
    known = _KNOWN.get(spec.strip().lower())
    if known is not None:
        return _load_known(known, download)
    folder = Path(spec).expanduser()
    if folder.is_dir():
        return load_idx_folder(folder)
    raise DatasetError(marked(
        QT_TRANSLATE_NOOP("Model", "unknown dataset {spec}: expected one of {known} or a folder "
                                   "of IDX files, and no folder {folder} exists"),
        spec=repr(spec), known=", ".join(map(repr, _KNOWN)), folder=str(folder)))


def is_bundled(spec: str) -> bool:
    """Whether the named dataset's four IDX files ship here (a checkout carries Fashion-MNIST,
    an installed DigitLab does not), so loading it never downloads."""
    return _is_complete(bundled_dataset_dir(spec))


def _load_known(known: _KnownDataset, download: bool) -> Dataset:
    cache = datasets_cache_dir() / known.spec
    folders = [bundled_dataset_dir(known.spec), cache]
    for folder in folders:
        if _is_complete(folder):
            return load_idx_folder(folder, known.name, known.class_names)
    if not download:
        raise DatasetError(marked(
            QT_TRANSLATE_NOOP("Model", "{name} was not found in {folder} or {cache}: pass a "
                                       "folder holding its four IDX files ({files}), or allow "
                                       "downloading it"),
            name=known.name, folder=str(folders[0]), cache=str(folders[1]),
            files=", ".join(IDX_FILES)))
    _check_downloads_allowed(known.name)
    _write_cache(cache, _download_arrays(known.keras_name))
    return load_idx_folder(cache, known.name, known.class_names)


def _check_downloads_allowed(name: str) -> None:
    """A school's policy may switch downloads off (:mod:`model.policy`): for the window and the
    command line alike, since both load through here."""
    from model.policy import load_policy  # the policy reads the configs

    policy = load_policy()
    if policy.no_downloads:
        raise DatasetError(marked(
            QT_TRANSLATE_NOOP("Model", "{name} is not here and downloads are switched off by the "
                                       "policy of this computer ({policy}): pass a folder holding "
                                       "its four IDX files ({files})"),
            name=name, policy=str(policy.source), files=", ".join(IDX_FILES)))


def _download_arrays(keras_name: str) -> tuple[tuple[np.ndarray, np.ndarray],
                                               tuple[np.ndarray, np.ndarray]]:
    """``keras.datasets.<keras_name>.load_data()``: the only place that needs Keras or network.

    Keras reports a failed download as a bare ``Exception`` (and a missing TensorFlow as an
    ``ImportError``), so everything is turned into a :class:`DatasetError` here.
    """
    try:
        return getattr(keras_runtime.keras().datasets, keras_name).load_data()
    except Exception as exc:
        raise DatasetError(marked(
            QT_TRANSLATE_NOOP("Model", "downloading {name} through keras.datasets failed: "
                                       "{reason}"),
            name=keras_name, reason=str(exc))) from exc


def _write_cache(folder: Path, arrays: tuple[tuple[np.ndarray, np.ndarray],
                                             tuple[np.ndarray, np.ndarray]]) -> None:
    """Store downloaded arrays as the four gzipped IDX files plus their SHA256SUMS.

    Each file is written atomically, so an interrupted write leaves missing files (the next load
    downloads again), never half a file that would be trusted.
    """
    (x_train, y_train), (x_test, y_test) = arrays
    names = [f"{name}.gz" for name in IDX_FILES]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, array in zip(names, (x_train, y_train, x_test, y_test), strict=True):
            write_idx(folder / name, array)
        sums = "".join(f"{sha256_of(folder / name)}  {name}\n" for name in names)
        write_bytes_atomically(folder / CHECKSUM_FILE, sums.encode("ascii"))
    except OSError as exc:
        raise DatasetError(f"{folder}: cannot write the downloaded dataset there: {exc}") from exc


def load_idx_folder(folder: str | os.PathLike[str], name: str | None = None,
                    class_names: tuple[str, ...] | list[str] | None = None) -> Dataset:
    """Load and check the four standard IDX files (each raw or ``.gz``) in ``folder``.

    Checksums listed in the folder's SHA256SUMS are verified before anything is parsed, and the
    arrays are checked against each other, so what comes back is safe to train on.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DatasetError(marked(
            QT_TRANSLATE_NOOP("Model", "{folder}: expected a folder of IDX files, but it is not a "
                                       "folder"), folder=str(folder)))
    paths = _find_files(folder)
    verify_checksums(folder)
    names = _class_names(folder, class_names)
    x_train, y_train = _load_pair(paths[IDX_FILES[0]], paths[IDX_FILES[1]], len(names))
    x_test, y_test = _load_pair(paths[IDX_FILES[2]], paths[IDX_FILES[3]], len(names))
    return Dataset(name or _folder_name(folder), names, x_train, y_train, x_test, y_test)


def _find_files(folder: Path) -> dict[str, Path]:
    located = _locate_files(folder)
    missing = [name for name, path in located.items() if path is None]
    if missing:
        raise DatasetError(marked(
            QT_TRANSLATE_NOOP("Model", "{folder}: expected the four IDX files {files} (each raw or "
                                       ".gz); not found: {missing}"),
            folder=str(folder), files=", ".join(IDX_FILES), missing=", ".join(missing)))
    return {name: path for name, path in located.items() if path is not None}


def _is_complete(folder: Path) -> bool:
    return all(path is not None for path in _locate_files(folder).values())


def _locate_files(folder: Path) -> dict[str, Path | None]:
    return {name: _idx_path(folder, name) for name in IDX_FILES}


def _idx_path(folder: Path, name: str) -> Path | None:
    """The file for one standard name, raw or gzipped; ``None`` if neither exists."""
    for candidate in (folder / name, folder / f"{name}.gz"):
        if candidate.is_file():
            return candidate
    return None


def _folder_name(folder: Path) -> str:
    """The folder's own name, even for ``.`` (abspath, unlike resolve, keeps symlink names)."""
    return Path(os.path.abspath(folder)).name


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"{path}: expected a readable UTF-8 text file: {exc}") from exc


def _class_names(folder: Path, explicit: tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    """Explicit names, else ``classes.txt``, else guessed from the folder name."""
    if explicit is not None:
        names = tuple(explicit)
        source = "class_names"
    elif (folder / CLASSES_FILE).is_file():
        lines = _read_text(folder / CLASSES_FILE).splitlines()
        names = tuple(line.strip() for line in lines if line.strip())
        source = str(folder / CLASSES_FILE)
    elif "fashion" in _folder_name(folder).lower():
        return FASHION_MNIST_CLASSES
    else:
        return MNIST_CLASSES
    if len(names) < 2:
        raise DatasetError(f"{source}: expected at least 2 class names, found {len(names)}")
    return names


def _load_pair(images_path: Path, labels_path: Path,
               num_classes: int) -> tuple[np.ndarray, np.ndarray]:
    """Read one split's images and labels and check that they belong together."""
    images = read_idx(images_path)
    labels = read_idx(labels_path)
    if images.ndim != 3 or images.shape[1:] != (IMAGE_SIDE, IMAGE_SIDE):
        raise DatasetError(marked(
            QT_TRANSLATE_NOOP("Model", "{path}: expected images of shape (N, 28, 28), found "
                                       "{shape}"), path=str(images_path), shape=str(images.shape)))
    if labels.ndim != 1:
        raise DatasetError(marked(
            QT_TRANSLATE_NOOP("Model", "{path}: expected labels of shape (N,), found {shape}"),
            path=str(labels_path), shape=str(labels.shape)))
    if len(images) != len(labels):
        raise DatasetError(marked(
            QT_TRANSLATE_NOOP("Model", "{images_path} holds {images} images but {labels_path} "
                                       "holds {labels} labels; expected the same number"),
            images_path=str(images_path), images=len(images), labels_path=str(labels_path),
            labels=len(labels)))
    if len(labels) and int(labels.max()) >= num_classes:
        raise DatasetError(marked(
            QT_TRANSLATE_NOOP("Model", "{path}: expected labels 0..{last} (one per class name), "
                                       "found label {found}"),
            path=str(labels_path), last=num_classes - 1, found=int(labels.max())))
    return images, labels


def stratified_split(labels: np.ndarray, validation: int,
                     seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Split indices into (train, validation), each class in proportion, reproducibly.

    Each class gets ``validation × its share`` of the validation set, rounded so the total is
    exactly ``validation`` (largest remainders get the extra ones), and a seeded draw picks which
    of its images. Both index arrays come back sorted, so they keep the data's original order.
    """
    labels = np.asarray(labels)
    if labels.ndim != 1:
        raise ConfigError(f"stratified_split expects 1-D labels, got shape {labels.shape}")
    total = len(labels)
    if isinstance(validation, bool) or not 0 <= validation <= total:
        raise ConfigError(
            f"expected a count between 0 and {total:,} (the number of labels) to split off, "
            f"got {validation!r}"
        )
    members = _class_members(labels)
    counts = _per_class_counts(np.array([len(m) for m in members], dtype=np.int64),
                               int(validation))
    rng = np.random.default_rng(seed)
    chosen = [rng.permutation(m)[:k] for m, k in zip(members, counts, strict=True)]
    val = np.sort(np.concatenate([np.empty(0, dtype=np.intp), *chosen]))
    mask = np.ones(total, dtype=bool)
    mask[val] = False
    return np.flatnonzero(mask), val


def _class_members(labels: np.ndarray) -> list[np.ndarray]:
    """For each distinct label, in ascending order, the indices holding it (ascending)."""
    classes, inverse = np.unique(labels, return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    bounds = np.cumsum(np.bincount(inverse, minlength=len(classes)))[:-1]
    return np.split(order, bounds)


def _per_class_counts(sizes: np.ndarray, validation: int) -> np.ndarray:
    """Largest-remainder apportionment of ``validation`` over classes of the given sizes."""
    total = int(sizes.sum())
    if total == 0:
        return sizes
    counts = sizes * validation // total
    remainders = sizes * validation % total
    extra = validation - int(counts.sum())
    counts[np.argsort(-remainders, kind="stable")[:extra]] += 1
    return counts
