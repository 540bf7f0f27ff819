"""A pack made from its parsed file without pydantic's validator, for a text the validator accepted before.

Building the validator of ``Pack`` (the schemas of every kind of rule) costs a cold check more than the
validation itself, and a pack's text is the same from one run to the next. The first load of a text
validates it and makes the pack here too; the build cache keeps, under the SHA-256 of the text, whether the
two are the same, value by value and type by type (enums, tuples, nested models, the fields given). Only a
text whose made pack was the validated one is made here on later loads.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from copy import copy
from enum import Enum
from functools import cache, partial
from typing import Annotated, Any, Literal, TypeVar, Union, cast, get_args, get_origin

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


class NotMade(Exception):
    """The parsed file has something the validator would have converted in a way this module does not."""


def made(model: type[M], raw: Any) -> M:
    """``model`` from ``raw`` as the validator gives it for valid input, without validating."""
    if not isinstance(raw, dict):
        raise NotMade(model.__name__)
    values: dict[str, Any] = {}
    given: set[str] = set()
    for name, key, convert, default in _plan(model):
        if key in raw:
            values[name] = convert(raw[key])
            given.add(name)
        else:
            values[name] = default()
    if len(given) != len(raw):
        raise NotMade(f"{model.__name__}: a key that is no field")
    instance = model.__new__(model)
    _set_slot(instance, "__dict__", values)
    _set_slot(instance, "__pydantic_fields_set__", given)
    _set_slot(instance, "__pydantic_extra__", None)
    _set_slot(instance, "__pydantic_private__", None)
    return instance


_set_slot = object.__setattr__
Convert = Callable[[Any], Any]


@cache
def _plan(model: type[BaseModel]) -> list[tuple[str, str, Convert, Callable[[], Any]]]:
    """For each field: its name, its key in the file, how its value is made, how its default is."""
    plan = []
    for name, field in model.model_fields.items():
        if field.default_factory is not None:
            default = cast("Callable[[], Any]", field.default_factory)
        elif field.is_required():
            default = _missing(f"{model.__name__}.{name}")
        else:
            default = partial(copy, field.default)
        plan.append((name, field.alias or name, _converter(field.annotation), default))
    return plan


def _missing(field: str) -> Callable[[], Any]:
    def missing() -> Any:
        raise NotMade(f"{field} missing")

    return missing


def _converter(annotation: Any) -> Convert:
    """How a value of ``annotation`` is made from the parsed file's."""
    origin = get_origin(annotation)
    arguments = get_args(annotation)
    if origin is Annotated:
        return _converter(arguments[0])
    if origin is Union or origin is types.UnionType:
        options = [option for option in arguments if option is not type(None)]
        inner = _converter(options[0]) if len(options) == 1 else partial(_tagged, _kinds(options))
        if len(options) == len(arguments):
            return inner
        return lambda value: None if value is None else inner(value)
    if origin is Literal:
        return _same_value
    if origin is list:
        item = _converter(arguments[0])
        return lambda value: [item(each) for each in _checked(value, list)]
    if origin is tuple:
        items = [_converter(argument) for argument in arguments]
        return lambda value: tuple(
            convert(each) for convert, each in zip(items, _checked(value, list), strict=True)
        )
    if origin is dict:
        key, item = _converter(arguments[0]), _converter(arguments[1])
        return lambda value: {key(k): item(v) for k, v in _checked(value, dict).items()}
    if origin is None and isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return partial(made, annotation)
        if issubclass(annotation, Enum):
            return cast("Convert", annotation)
        if annotation in (str, int, bool, float):
            return partial(_checked, kind=annotation)
    raise NotMade(repr(annotation))


def _same_value(value: Any) -> Any:
    return value


def _checked(value: Any, kind: type) -> Any:
    if type(value) is not kind:
        raise NotMade(f"{value!r} is no {kind.__name__}")
    return value


def _kinds(options: list[Any]) -> dict[Any, type[BaseModel]]:
    """The models of a union tagged by ``kind``, by tag."""
    kinds: dict[Any, type[BaseModel]] = {}
    for option in options:
        fields = option.model_fields if isinstance(option, type) and issubclass(option, BaseModel) else {}
        if "kind" not in fields:
            raise NotMade(repr(option))
        for tag in get_args(fields["kind"].annotation):
            kinds[tag] = option
    return kinds


def _tagged(kinds: dict[Any, type[BaseModel]], value: Any) -> BaseModel:
    model = kinds.get(value.get("kind")) if isinstance(value, dict) else None
    if model is None:
        raise NotMade("no kind")
    return made(model, value)


def same(first: Any, second: Any) -> bool:
    """Whether two values are equal and of the same types all the way down, models with the same fields
    given (``==`` takes a ``StrEnum`` member for its string and a list for nothing like a tuple)."""
    if type(first) is not type(second):
        return False
    if isinstance(first, BaseModel):
        return first.model_fields_set == second.model_fields_set and all(
            same(getattr(first, name), getattr(second, name)) for name in type(first).model_fields
        )
    if isinstance(first, list | tuple):
        return len(first) == len(second) and all(same(a, b) for a, b in zip(first, second, strict=True))
    if isinstance(first, dict):
        return list(first) == list(second) and all(
            same(a, b) and same(first[a], second[b]) for a, b in zip(first, second, strict=True)
        )
    return bool(first == second)
