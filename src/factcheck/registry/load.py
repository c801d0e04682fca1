"""Load a registry directory: safe YAML with node positions, pydantic validation, cross-references.

Every problem names the file, the line and the field. A registry with any problem is
rejected whole: a run never checks against a partial registry.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from factcheck.errors import Errors, RegistryError
from factcheck.files import limit_for, read_regular
from factcheck.registry.models import Entity, Fact, RegistryFile
from factcheck.walk import TooManyEntries, walk_files
from factcheck.wording import validation_message

Positions = dict[tuple[str | int, ...], int]
# libyaml's parser when PyYAML was built with it (same nodes and marks, several times faster).
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SUFFIXES = (".yaml", ".yml")


class RegistryProblems(RegistryError):
    """All problems found in a registry; the message is the first, `problems` holds them all."""

    def __init__(self, problems: list[RegistryError]):
        first = problems[0]
        super().__init__(first.message, path=first.path, line=first.line, column=first.column)
        self.code = first.code
        self.problems = problems

    def __str__(self) -> str:
        more = len(self.problems) - 1
        return str(self.problems[0]) + (f" (and {more} more problem{'s' * (more > 1)}; run `factcheck sources validate`)" if more else "")


MAX_WALK_ENTRIES = 200_000  # a registry is a few hundred files; `--sources /` must not walk /proc


def registry_files(root: str | Path) -> list[Path]:
    """The *.yaml files under `root`, each once (loop-safe); a FIFO or device named *.yaml is
    listed too, so reading it gives its clear error instead of being skipped in silence."""
    root = Path(root)
    if root.exists() and not root.is_dir():
        return [root]
    if not root.is_dir():
        raise RegistryError(Errors.E205(), path=str(root))
    specials: list[str] = []
    try:
        walked = list(walk_files(root, specials=specials, max_entries=MAX_WALK_ENTRIES))
    except TooManyEntries as exc:
        raise RegistryError(Errors.E206(reason=exc), path=str(root)) from None
    files = sorted(Path(p) for p in [*walked, *specials] if Path(p).suffix.lower() in SUFFIXES)
    if not files:
        raise RegistryError(Errors.E207(), path=str(root))
    return files


def parse_file(path: Path) -> tuple[RegistryFile | None, Positions, list[RegistryError]]:
    """One file into its model; problems are returned, not raised, so all can be listed."""
    name = str(path)
    try:
        raw = read_regular(name, limit_for("registry"), RegistryError, what="registry file")
        text = raw.decode("utf-8-sig")
    except RegistryError as exc:
        return None, {}, [exc]
    except UnicodeDecodeError as exc:
        return None, {}, [RegistryError(Errors.E208(offset=exc.start), path=name, line=raw.count(b"\n", 0, exc.start) + 1)]
    try:
        refuse_tags_and_aliases(text)
        data, positions = load_yaml(text)
    except RegistryError as exc:
        exc.path = name
        return None, {}, [exc]
    except RecursionError:
        return None, {}, [RegistryError(Errors.E209(), path=name)]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, positions, [RegistryError(Errors.E210(), path=name, line=1)]
    try:
        return RegistryFile.model_validate(data), positions, []
    except ValidationError as exc:
        return None, positions, [_field_error(err, name, positions) for err in exc.errors()]


def load_yaml(text: str) -> tuple[Any, Positions]:
    """Safe YAML into plain data plus the line of every mapping value, keyed by its path."""
    node = _compose(text)
    if node is None:
        return None, {}
    positions: Positions = {(): node.start_mark.line + 1}
    return _construct(node, (), positions, yaml.constructor.SafeConstructor(), set()), positions


def _compose(text: str) -> yaml.Node | None:
    """The node tree, by libyaml when available; on a YAML error the pure-Python parser words the message."""
    if FAST_LOADER is not yaml.SafeLoader:
        loader = FAST_LOADER(text)
        try:
            return loader.get_single_node()
        except yaml.YAMLError:
            pass  # parse again below: its messages are the ones users and tests know
        finally:
            loader.dispose()
    loader = yaml.SafeLoader(text)
    try:
        return loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise RegistryError(Errors.E211(problem=exc.problem or exc.context), line=mark.line + 1 if mark else None, column=mark.column + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise RegistryError(Errors.E211(problem=exc)) from None
    finally:
        loader.dispose()


PLAIN_COLLECTIONS: dict[type[yaml.Node], str] = {yaml.MappingNode: "tag:yaml.org,2002:map", yaml.SequenceNode: "tag:yaml.org,2002:seq"}


def _construct(node: yaml.Node, path: tuple[str | int, ...], positions: Positions, constructor: yaml.constructor.SafeConstructor, seen: set[int]) -> Any:
    positions[path] = node.start_mark.line + 1
    if isinstance(node, yaml.CollectionNode):
        # An alias (*name) makes the composer reuse a node: nested aliases expand exponentially
        # ("billion laughs"), and a registry entry is written out where it belongs anyway.
        if id(node) in seen:
            raise RegistryError(Errors.E212(), line=node.start_mark.line + 1, column=node.start_mark.column + 1)
        seen.add(id(node))
    expected = PLAIN_COLLECTIONS.get(type(node))
    if expected and node.tag != expected:
        raise RegistryError(Errors.E213(tag=node.tag), line=node.start_mark.line + 1, column=node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise RegistryError(Errors.E214(), line=key_node.start_mark.line + 1)
            key = _scalar(key_node, constructor)
            if key in result:
                raise RegistryError(
                    Errors.E215(key=key, first=positions[(*path, key)]),
                    line=key_node.start_mark.line + 1,
                    column=key_node.start_mark.column + 1,
                )
            positions[(*path, key)] = value_node.start_mark.line + 1
            result[key] = _construct(value_node, (*path, key), positions, constructor, seen)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, (*path, i), positions, constructor, seen) for i, item in enumerate(node.value)]
    return _scalar(node, constructor)


def _scalar(node: yaml.Node, constructor: yaml.constructor.SafeConstructor) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        raise RegistryError(Errors.E216(), line=node.start_mark.line + 1)
    if node.tag not in constructor.yaml_constructors:
        raise RegistryError(Errors.E213(tag=node.tag), line=node.start_mark.line + 1, column=node.start_mark.column + 1)
    try:
        return constructor.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise RegistryError(Errors.E217(reason=exc), line=node.start_mark.line + 1) from None
    except (ValueError, OverflowError) as exc:  # `date: 2025-02-30`, a 5,000-digit integer
        raise RegistryError(Errors.E218(value=node.value[:40], reason=exc), line=node.start_mark.line + 1, column=node.start_mark.column + 1) from None


def refuse_tags_and_aliases(text: str) -> None:
    """Registry files are plain data: any explicit tag (`!!str`, `!!binary`) or alias (`*name`,
    also of a scalar) is refused at its line. The scanner's tokens say which were written, where
    the composed nodes cannot (an implicit date and `!!timestamp` give the same node)."""
    scanner = FAST_LOADER(text)
    anchors: dict[str, int] = {}
    try:
        while not scanner.check_token(yaml.StreamEndToken):
            token = scanner.get_token()
            line, column = token.start_mark.line + 1, token.start_mark.column + 1
            if isinstance(token, yaml.AnchorToken):
                anchors.setdefault(token.value, line)
            elif isinstance(token, yaml.ScalarToken) and token.plain and token.value == "<<":
                raise RegistryError(Errors.E214(), line=line)
            elif isinstance(token, yaml.TagToken):
                tag = "".join(part or "" for part in token.value)
                raise RegistryError(Errors.E213(tag=tag), line=line, column=column)
            elif isinstance(token, yaml.AliasToken):  # reported where the anchored value is
                raise RegistryError(
                    Errors.E219(anchor=token.value, line=line),
                    line=anchors.get(token.value, line),
                )
    except yaml.YAMLError:
        return  # a syntax error: the parser below words it
    finally:
        scanner.dispose()


def _field_error(err: ErrorDetails, path: str, positions: Positions) -> RegistryError:
    loc = tuple(err["loc"])
    field = ".".join(str(part) for part in loc) or "(file)"
    line = None
    for cut in range(len(loc), -1, -1):  # the deepest position we know: a missing field points at its parent
        if loc[:cut] in positions:
            line = positions[loc[:cut]]
            break
    message = validation_message(err)
    if err["type"] == "missing":
        message = "missing required field"
    elif err["type"] == "extra_forbidden":
        message = "unknown field"
    elif err["type"] == "string_too_short" and loc and loc[-1] == "quote":
        message = "empty quote: each source needs a verbatim quote of at most 25 words"
    return RegistryError(Errors.E201(field=field, message=message), path=path, line=line)


def entity_problems(entities: list[tuple[Entity, str, int | None]]) -> list[RegistryError]:
    seen: dict[str, tuple[str, int | None]] = {}
    problems = []
    for entity, path, line in entities:
        if entity.id in seen:
            first = seen[entity.id]
            problems.append(RegistryError(Errors.E220(id=entity.id, first=f"{first[0]}:{first[1]}"), path=path, line=line))
        else:
            seen[entity.id] = (path, line)
    known = set(seen)
    for entity, path, line in entities:
        if entity.parent and entity.parent not in known:
            problems.append(RegistryError(Errors.E221(id=entity.id, parent=entity.parent), path=path, line=line))
    return problems


def fact_problems(facts: list[tuple[Fact, str, int | None]], known: set[str]) -> list[RegistryError]:
    seen: dict[str, tuple[str, int | None]] = {}
    problems = []
    for fact, path, line in facts:
        if fact.id in seen:
            first = seen[fact.id]
            problems.append(RegistryError(Errors.E222(id=fact.id, first=f"{first[0]}:{first[1]}"), path=path, line=line))
        else:
            seen[fact.id] = (path, line)
        for role in ("subject", "object"):
            value = getattr(fact, role)
            if value is not None and value not in known:
                problems.append(RegistryError(Errors.E223(id=fact.id, role=role, value=value), path=path, line=line))
    return problems
