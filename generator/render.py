"""From the spec model to Python source, through the Jinja2 templates.

The templates decide how the code looks; this module computes what they
need (Python type annotations, docstrings, literals), always escaping
whatever text came from a spec.
"""

from __future__ import annotations

import concurrent.futures
import os
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import black
import jinja2

from generator.spec import (
    Field,
    Model,
    Operation,
    PathParam,
    Resource,
    Service,
    TypeRef,
    resource_types,
)

_SCALAR_PY = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "datetime": "datetime.datetime",
    "any": "Any",
    "object": "dict[str, Any]",
    "enum": "str",
}

LINE_LENGTH = 99
_BLACK_MODE = black.Mode(line_length=LINE_LENGTH, target_versions={black.TargetVersion.PY310})


def py_literal(value: Any) -> str:
    """A Python literal for a string or number from a spec (always inert)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int | float):
        return repr(value)
    return repr(str(value))


def docstring(text: str, indent: int = 0) -> str:
    """A triple-quoted docstring, wrapped, with quotes and backslashes escaped."""
    text = _CONTROL.sub("", str(text))
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    paragraphs = [p for p in paragraphs if p] or ["(No description.)"]
    # Six characters for the quotes: black may pull the closing ones up.
    width = LINE_LENGTH - indent - 6
    lines: list[str] = []
    for i, para in enumerate(paragraphs):
        if i:
            lines.append("")
        lines += textwrap.wrap(para, width=width) or [""]
    body = _escape_docstring("\n".join(lines))
    pad = " " * indent
    if len(lines) == 1 and len(body) + indent + 6 <= LINE_LENGTH:
        return f'"""{body}"""'
    return '"""' + body.replace("\n", "\n" + pad).replace(pad + "\n", "\n") + "\n" + pad + '"""'


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _escape_docstring(body: str) -> str:
    """Backslashes doubled; a quote next to another quote or at the end escaped."""
    body = body.replace("\\", "\\\\")
    return re.sub(r'"(?=")|"$', r'\\"', body)


@dataclass
class Names:
    """How a module spells builtins that its functions may shadow."""

    list: str = "list"


def py_type(t: TypeRef, names: Names, field: Field | None = None, options: bool = False) -> str:
    """The annotation for a type; enums are Literal only in options."""
    if t.kind == "list":
        assert t.item is not None
        return f"{names.list}[{py_type(t.item, names, field, options)}]"
    if t.kind == "map":
        assert t.item is not None
        return f"dict[str, {py_type(t.item, names, field, options)}]"
    if t.kind == "model":
        return t.python
    if t.kind == "union":
        return " | ".join(py_type(member, names, field, options) for member in t.members)
    if t.kind == "enum" and options and field is not None and field.values and not field.open_enum:
        return "Literal[" + ", ".join(py_literal(v) for v in field.values) + "]"
    return _SCALAR_PY[t.kind]


def field_annotation(f: Field, names: Names, options: bool = False) -> str:
    """A field's annotation.

    Optional model fields also accept null: services send null for fields
    they document as always set, and one such value must not make a whole
    listing undecodable. Options accept null only where the spec says so.
    """
    base = py_type(f.type, names, f, options)
    optional = not f.required or f.versioned
    if optional:
        base += " | UnsetType"
    if f.nullable or (optional and not options):
        base += " | None"
    return base


def field_default(f: Field) -> str | None:
    """The ``= ...`` part of a field, or None for a required one."""
    renamed = f.wire != f.name
    optional = not f.required or f.versioned
    if not optional:
        return f"msgspec.field(name={py_literal(f.wire)})" if renamed else None
    if renamed:
        return f"msgspec.field(default=UNSET, name={py_literal(f.wire)})"
    return "UNSET"


def ordered_fields(fields: tuple[Field, ...]) -> list[Field]:
    """Fields without a default first (type checkers require it), else spec order."""
    return sorted(fields, key=lambda f: not f.required or f.versioned)


def url_template(op: Operation) -> str:
    """The path with wire parameter names replaced by their Python names."""
    path = op.path
    for p in op.path_params:
        path = path.replace("{" + p.wire + "}", "{" + p.name + "}")
    return path


def path_param_type(p: PathParam) -> str:
    """``str``, or a Literal of the closed set a path parameter takes."""
    if p.values:
        return "Literal[" + ", ".join(py_literal(v) for v in p.values) + "]"
    return "str"


def response_annotation(op: Operation, names: Names) -> str:
    r = op.response
    if r.exists:
        return "bool"
    if r.raw:
        return "Download"
    if r.type is None:
        return "None"
    if op.pagination is not None and op.pagination.style != "none" and r.type.item is not None:
        return f"Pager[{py_type(r.type.item, names)}]"
    if r.max_version:
        return f"{py_type(r.type, names)} | None"
    return py_type(r.type, names)


class ModuleContext:
    """Everything the resource template needs about one resource."""

    def __init__(self, resource: Resource) -> None:
        self.resource = resource
        self.names = Names(list="builtins.list" if self._defines("list") else "list")
        self.url_functions = self._url_functions()

    def _defines(self, name: str) -> bool:
        return any(op.name == name for op in self.resource.operations)

    def _url_functions(self) -> dict[tuple[str, bool], tuple[str, Operation]]:
        """(path, relative to the service root?) -> (builder name, first operation using it)."""
        out: dict[tuple[str, bool], tuple[str, Operation]] = {}
        ops = self.resource.operations
        by_name = {op.name: (op.path, op.root) for op in ops}
        used: set[str] = set()
        for op in ops:
            key = (op.path, op.root)
            if key in out:
                continue
            if key == by_name.get("get"):
                name = "resource_url"
            elif op.path.endswith("/action") and "action_url" not in used:
                name = "action_url"
            elif key == by_name.get("list"):
                name = "list_url"
            elif key == by_name.get("create"):
                name = "create_url"
            else:
                name = f"{op.name}_url"
            out[key] = (name, op)
            used.add(name)
        return out

    def url_function(self, op: Operation) -> str:
        return self.url_functions[op.path, op.root][0]

    @property
    def imports(self) -> list[str]:
        r = self.resource
        text = (
            " ".join(
                field_annotation(f, self.names, options=True)
                for m in r.models
                for f in m.fields + m.header_fields
            )
            + " ".join(
                field_annotation(f, self.names, options=True)
                for op in r.operations
                for f in op.option_fields
            )
            + " ".join(response_annotation(op, self.names) for op in r.operations)
            + " ".join(
                py_type(op.body.type, self.names)
                for op in r.operations
                if op.body and op.body.type
            )
        )
        lines = []
        if "builtins." in text:
            lines.append("import builtins")
        if "datetime." in text:
            lines.append("import datetime")
        return lines

    @property
    def typing_imports(self) -> list[str]:
        r = self.resource
        out = set()
        text = (
            " ".join(
                field_annotation(f, self.names, options=True)
                for op in r.operations
                for f in op.option_fields
            )
            + " ".join(
                field_annotation(f, self.names)
                for m in r.models
                for f in m.fields + m.header_fields
            )
            + " ".join(
                py_type(op.body.type, self.names)
                for op in r.operations
                if op.body and op.body.type
            )
            + " ".join(response_annotation(op, self.names) for op in r.operations)
        )
        if "Any" in text:
            out.add("Any")
        if "Literal[" in text or any(p.values for op in r.operations for p in op.path_params):
            out.add("Literal")
        if any(_options_needs_classvar(op) for op in r.operations) or any(
            _model_needs_classvar(m) for m in r.models
        ):
            out.add("ClassVar")
        if any(op.body and op.body.raw for op in r.operations):
            out.update({"IO"})
        return sorted(out, key=_isort_key)

    @property
    def import_block(self) -> str:
        """The module's imports, grouped and ordered as isort does."""
        stdlib = list(self.imports)
        abc = []
        if self.resource.waiter:
            abc.append("Callable")
        if self.needs_iterable or self.resource.waiter:
            abc.append("Iterable")
        if abc:
            stdlib.append("from collections.abc import " + ", ".join(abc))
        if self.typing_imports:
            stdlib.append("from typing import " + ", ".join(self.typing_imports))
        third = []
        if self.needs_msgspec:
            third.append("import msgspec")
        first = ["from typedstack.runtime import " + ", ".join(self.runtime_imports)]
        modules = self.referenced_modules
        local = ["from . import " + ", ".join(modules)] if modules else []
        groups = (stdlib, third, first, local)
        return "\n\n".join("\n".join(group) for group in groups if group)

    @property
    def referenced_modules(self) -> list[str]:
        """Other resource modules whose models this one uses."""
        found = {ref.module for _, t in resource_types(self.resource) for ref in t.external()}
        return sorted(found)

    @property
    def needs_requests(self) -> bool:
        return any(op.response.raw for op in self.resource.operations)

    @property
    def needs_iterable(self) -> bool:
        return any(op.body and op.body.raw for op in self.resource.operations)

    @property
    def runtime_imports(self) -> list[str]:
        r = self.resource
        names = {"ServiceClient"}
        if r.models:
            names.add("Model")
        fields = [f for m in r.models for f in m.fields + m.header_fields] + [
            f for op in r.operations for f in op.option_fields
        ]
        if any(not f.required or f.versioned for f in fields):
            names.update({"UNSET", "UnsetType"})
        if any(op.option_fields for op in r.operations):
            names.add("Options")
        if any(op.fixed_any for op in r.operations):
            names.add("Fixed")
        if any(op.response.raw for op in r.operations):
            names.add("Download")
        if any(op.pagination and op.pagination.style != "none" for op in r.operations):
            names.update({"Pager", "PageStyle"})
        if r.finder:
            names.add("finding")
        if r.waiter:
            names.add("waiters")
        return sorted(names, key=_isort_key)

    @property
    def needs_msgspec(self) -> bool:
        r = self.resource
        fields = [f for m in r.models for f in m.fields + m.header_fields] + [
            f for op in r.operations for f in op.option_fields
        ]
        return any(f.wire != f.name for f in fields)

    @property
    def exports(self) -> list[str]:
        r = self.resource
        names = [m.name for m in r.models]
        names += [
            op.options_class for op in r.operations if op.options_class and not op.options_owner
        ]
        names += [op.name for op in r.operations]
        names += [name for name, _ in self.url_functions.values()]
        if r.finder:
            names.append("find")
        if r.waiter:
            names += ["wait_for_status", "wait_for_delete"]
        return names


def _isort_key(name: str) -> tuple[int, str]:
    """isort's order-by-type: CONSTANTS, then Classes, then functions."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name.lower()


def _options_needs_classvar(op: Operation) -> bool:
    fields = op.option_fields
    return bool(fields) and (
        any(f.location != "body" for f in fields)
        or any(f.versioned for f in fields)
        or any(_is_secret(f) for f in fields)
    )


def _model_needs_classvar(m: Model) -> bool:
    return (
        bool(m.header_fields)
        or bool(m.pattern_fields)
        or m.open
        or any(f.versioned for f in m.fields)
        or any(_is_secret(f) for f in m.fields)
    )


_SECRET_NAMES = ("password", "secret", "passcode", "token", "adminpass", "admin_pass")
_NOT_SECRET = ("_id", "_at", "_url", "_type", "_name", "_expires", "_length")


def _is_secret(f: Field) -> bool:
    """Fields whose values are credentials: masked in reprs and error messages."""
    name = f.name.lower()
    return f.secret or (
        f.type.kind == "string"
        and any(s in name for s in _SECRET_NAMES)
        and not name.endswith(_NOT_SECRET)
    )


def operation_docstring(op: Operation, resource: Resource) -> str:
    """The docstring of a generated function: description, then its arguments."""
    service = resource.service
    args = [f"client: The {service.service_type} {service.version} service client."]
    args += [
        f"{p.name}: {_sentence(p.description) or 'The `' + p.wire + '` path parameter.'}"
        for p in op.path_params
    ]
    if op.body and op.body.type:
        args.append(f"body: The request body ({op.body.type}).")
    if op.body and op.body.raw:
        args.append("data: The bytes to send: bytes, a binary file or an iterable of chunks.")
    if op.options_class:
        args.append(f"opts: The options of the request (:class:`{op.options_class}`).")
    lines = [_sentence(op.description)]
    if op.deprecated:
        lines += ["", "Deprecated by the service."]
    if op.min_version and op.max_version:
        lines += ["", f"Microversions: {op.min_version} to {op.max_version}."]
    elif op.min_version:
        lines += ["", f"Microversions: {op.min_version} and later."]
    elif op.max_version:
        lines += ["", f"Microversions: up to {op.max_version}."]
    lines += ["", f"{op.method} ``{op.path}``{' (action ' + op.action + ')' if op.action else ''}"]
    lines += ["", "Args:"]
    for arg in args:
        lines += textwrap.wrap(
            arg, LINE_LENGTH - 12, initial_indent="    ", subsequent_indent="        "
        )
    returns = _sentence(op.response.description)
    if op.response.max_version:
        later = f"None above microversion {op.response.max_version}, whose answer has no body."
        returns = f"{returns} {later}".strip()
    if returns:
        lines += ["", "Returns:"]
        lines += textwrap.wrap(
            returns,
            LINE_LENGTH - 12,
            initial_indent="    ",
            subsequent_indent="    ",
        )
    return _block_docstring(lines, 4)


def find_docstring(resource: Resource, get: Operation, lst: Operation) -> str:
    f = resource.finder
    assert f is not None
    lines = [
        f"Finds one by ID, else by exact name: {get.name}, then {lst.name} filtered by name.",
        "",
        "Raises NotFound when none matches, MultipleMatches (naming every ID) when",
        "several have the name.",
    ]
    return _block_docstring(lines, 4)


def waiter_docstring(resource: Resource, get: Operation, status: bool) -> str:
    w = resource.waiter
    assert w is not None
    failing = ", ".join(w.failure) or "none"
    if status:
        lines = [
            f"Polls {get.name} until {w.status_field} is one of status (and predicate holds).",
            "",
            f"Failure statuses ({failing}) raise ResourceFailed at once"
            + (f" with {w.fault}." if w.fault else "."),
            "Returns the resource; WaitTimeout after timeout seconds.",
        ]
    else:
        lines = [
            f"Polls {get.name} until it answers 404 (the resource is deleted).",
            "",
            f"Failure statuses ({failing}) raise ResourceFailed at once;",
            "WaitTimeout after timeout seconds.",
        ]
    return _block_docstring(lines, 4)


def new_client_docstring(service: Service, resources: list[Resource]) -> str:
    lines = [
        f"A client for the {service.service_type} service, {service.version}.",
        "",
        "Args:",
        "    provider: The authenticated provider (see :func:`typedstack.connect`).",
        "    region: The region of the endpoint; default: the cloud's region_name.",
        "    interface: public, internal or admin; default: the cloud's interface.",
        "    name: The service name in the catalog, when several share the type.",
    ]
    if service.microversion:
        mv = service.microversion
        lines += [
            f"    microversion: A microversion to pin ({mv['min']} to {mv['max']}), or",
            '        "latest" for the highest both sides support; default: none',
            "        (the service's minimum).",
        ]
    else:
        lines.append("    microversion: Not used by this service.")
    lines += ["", "Resources: " + ", ".join(r.module for r in resources) + "."]
    wrapped: list[str] = []
    for line in lines:
        if len(line) + 4 > LINE_LENGTH and not line.startswith(" "):
            wrapped += textwrap.wrap(line, LINE_LENGTH - 4)
        else:
            wrapped.append(line)
    return _block_docstring(wrapped, 4)


def _sentence(text: str) -> str:
    return " ".join(str(text).split())


def _block_docstring(lines: list[str], indent: int) -> str:
    """A multi-line docstring from pre-wrapped lines (escaped like :func:`docstring`)."""
    pad = " " * indent
    out = []
    for i, line in enumerate(lines):
        if i == 0 and len(line) + indent + 3 > LINE_LENGTH:
            wrapped = textwrap.wrap(line, LINE_LENGTH - indent - 3)
            out += wrapped
            continue
        out.append(line)
    body = _escape_docstring(_CONTROL.sub("", "\n".join(out)))
    body = "\n".join((pad + ln if ln and i else ln) for i, ln in enumerate(body.split("\n")))
    return '"""' + body + "\n" + pad + '"""'


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).with_name("templates"))),
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["docstring"] = docstring
    env.filters["literal"] = py_literal
    env.filters["func_ref"] = lambda name: f":func:`{name}`"
    env.globals["fixed_literal"] = fixed_literal
    env.filters["prefix"] = lambda text, before: before + text
    env.filters["tuple_literal_str"] = lambda items: (
        f"({py_literal(items[0])},)"
        if len(items) == 1
        else "(" + ", ".join(py_literal(i) for i in items) + ")"
    )
    env.filters["tuple_literal"] = lambda codes: (
        f"({codes[0]},)" if len(codes) == 1 else "(" + ", ".join(str(c) for c in codes) + ")"
    )
    env.tests["secret"] = _is_secret
    env.globals.update(
        field_annotation=field_annotation,
        field_default=field_default,
        ordered_fields=ordered_fields,
        py_type=py_type,
        response_annotation=response_annotation,
        url_template=url_template,
        is_secret=_is_secret,
        operation_docstring=operation_docstring,
        new_client_docstring=new_client_docstring,
        path_param_type=path_param_type,
        find_docstring=find_docstring,
        waiter_docstring=waiter_docstring,
    )
    return env


_ENV: jinja2.Environment | None = None


def env() -> jinja2.Environment:
    global _ENV
    if _ENV is None:
        _ENV = _environment()
    return _ENV


def fixed_literal(op: Operation) -> str:
    """``Fixed(query=..., headers=...)`` for what an operation always sends."""
    parts = []
    if op.fixed_query:
        pairs = ", ".join(f"({py_literal(k)}, {py_literal(v)})" for k, v in op.fixed_query)
        parts.append(f"query=({pairs},)")
    if op.fixed_headers:
        items = ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in op.fixed_headers)
        parts.append(f"headers={{{items}}}")
    if op.fixed_body:
        pairs = ", ".join(f"({py_literal(k)}, {py_literal(v)})" for k, v in op.fixed_body)
        parts.append(f"body=({pairs},)")
    return "Fixed(" + ", ".join(parts) + ")"


def format_source(source: str, origin: str) -> str:
    try:
        return black.format_str(source, mode=_BLACK_MODE)
    except Exception as exc:  # black raises several types; all mean a template bug
        raise RuntimeError(f"generated code for {origin} is not valid Python: {exc}") from exc


@dataclass(frozen=True)
class Unformatted:
    """A rendered module before black, and the spec it came from (for errors)."""

    source: str
    origin: str

    def formatted(self) -> str:
        return format_source(self.source, self.origin)


def format_all(modules: dict[str, Unformatted]) -> dict[str, str]:
    """Every module formatted with black, on all CPUs when there are many.

    Formatting is most of a regeneration's time; each module is formatted on
    its own, so the result is the same however the work is split.
    """
    names = sorted(modules)
    workers = min(_usable_cpus(), 8)
    if workers < 2 or len(names) < 32:
        return {name: modules[name].formatted() for name in names}
    with concurrent.futures.ProcessPoolExecutor(workers) as pool:
        texts = pool.map(Unformatted.formatted, [modules[n] for n in names], chunksize=8)
        return dict(zip(names, texts, strict=True))


def _usable_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def render_resource(resource: Resource, package: str) -> Unformatted:
    ctx = ModuleContext(resource)
    source = env().get_template("resource.py.j2").render(r=resource, ctx=ctx, package=package)
    return Unformatted(source, resource.source)


def render_service(service: Service, resources: list[Resource], package: str) -> Unformatted:
    source = (
        env().get_template("service.py.j2").render(s=service, resources=resources, package=package)
    )
    return Unformatted(source, service.source)


def render_service_package(
    package_name: str, services: list[Service], package: str
) -> Unformatted:
    source = (
        env()
        .get_template("service_package.py.j2")
        .render(name=package_name, services=services, package=package)
    )
    return Unformatted(source, package_name)


def render_root(services: list[Service], package: str) -> Unformatted:
    source = env().get_template("root.py.j2").render(services=services, package=package)
    return Unformatted(source, "__init__")
