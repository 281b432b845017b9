"""The exact requests generated identity functions send, and how replies decode."""

from __future__ import annotations

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.identity import v3 as identity
from typedstack.identity.v3 import projects, role_assignments, tokens, users

KS = "http://keystone.test/v3"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture()
def ks(recorder: Recorder) -> typedstack.ServiceClient:
    return identity.new_client(provider_with(recorder, {"identity": KS}))


def test_create_project_request_and_decoding(recorder: Recorder, ks: typedstack.ServiceClient):
    recorder.reply(
        201,
        {
            "project": {
                "id": "p9",
                "name": "web",
                "domain_id": "default",
                "enabled": True,
                "description": None,
                "tags": ["a"],
                "is_domain": False,
                "parent_id": "default",
                "links": {"self": f"{KS}/projects/p9"},
                "future_field": {"x": 1},
            }
        },
    )
    project = projects.create(ks, projects.CreateOpts(name="web", tags=["a"], enabled=True))
    sent = recorder.seen[0]
    assert (sent.method, sent.url) == ("POST", f"{KS}/projects")
    assert sent.json == {"project": {"name": "web", "enabled": True, "tags": ["a"]}}
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.headers["X-Auth-Token"] == "tok-value"
    assert sent.headers["User-Agent"].startswith("typedstack/")
    assert project.id == "p9" and project.description is None
    assert project.extra == {"future_field": {"x": 1}}
    assert project.to_dict()["future_field"] == {"x": 1}


def test_list_query_and_next_link_paging(recorder: Recorder, ks: typedstack.ServiceClient):
    recorder.reply(
        200,
        {
            "projects": [{"id": "a"}, {"id": "b"}],
            "links": {"next": f"{KS}/projects?limit=2&marker=b"},
        },
    )
    recorder.reply(200, {"projects": [{"id": "c"}], "links": {"next": None}})
    ids = [p.id for p in projects.list(ks, projects.ListOpts(domain_id="d1", limit=2))]
    assert ids == ["a", "b", "c"]
    first, second = recorder.seen
    assert first.path == "/v3/projects"
    assert first.query == [("domain_id", "d1"), ("limit", "2")]
    assert second.query == [("limit", "2"), ("marker", "b")]


def test_update_is_a_patch_with_only_the_set_fields(recorder, ks):
    recorder.reply(200, {"project": {"id": "p1", "description": None}})
    projects.update(ks, "p1", projects.UpdateOpts(description=None))
    assert recorder.seen[0].method == "PATCH"
    assert recorder.seen[0].json == {"project": {"description": None}}


def test_head_check_and_delete(recorder: Recorder, ks: typedstack.ServiceClient):
    recorder.reply(204)
    recorder.reply(404, {"error": {"code": 404, "message": "not there", "title": "Not Found"}})
    recorder.reply(204)
    assert projects.check_tag(ks, "p1", "blue") is True
    assert projects.check_tag(ks, "p1", "red/green") is False
    projects.delete(ks, "p1")
    assert [r.method for r in recorder.seen] == ["GET", "GET", "DELETE"]
    assert recorder.seen[1].path == "/v3/projects/p1/tags/red%2Fgreen"
    assert recorder.seen[2].body is None


def test_presence_flags_and_dotted_filters(recorder: Recorder, ks: typedstack.ServiceClient):
    recorder.reply(200, {"role_assignments": [], "links": {"next": None}})
    opts = role_assignments.ListOpts(
        user_id="u1", scope_project_id="p1", effective=True, include_names=False
    )
    list(role_assignments.list(ks, opts))
    assert recorder.seen[0].query == [
        ("effective", ""),
        ("user.id", "u1"),
        ("scope.project.id", "p1"),
    ]


def test_validate_sends_the_subject_token_header_and_reads_it_back(recorder, ks):
    recorder.reply(
        200,
        {
            "token": {
                "methods": ["password"],
                "user": {
                    "id": "u2",
                    "name": "bob",
                    "domain": {"id": "default", "name": "Default"},
                },
                "audit_ids": ["x"],
                "expires_at": "2026-11-25T06:00:00.000000Z",
                "issued_at": "2026-11-25T05:00:00.000000Z",
            }
        },
        {"X-Subject-Token": "subject-secret"},
    )
    token = tokens.validate(ks, tokens.ValidateOpts(subject_token="subject-secret"))
    assert recorder.seen[0].headers["X-Subject-Token"] == "subject-secret"
    assert token.user.id == "u2"
    assert token.expires_at is not None and token.expires_at.tzinfo is not None
    assert token.subject_token == "subject-secret"
    assert "subject-secret" not in repr(token)
    assert "subject-secret" not in repr(tokens.ValidateOpts(subject_token="subject-secret"))


def test_change_password_body_and_secret_free_repr(recorder, ks):
    recorder.reply(204)
    opts = users.ChangePasswordOpts(original_password="old-pw-1", password="new-pw-2")
    users.change_password(ks, "u1", opts)
    assert recorder.seen[0].json == {
        "user": {"original_password": "old-pw-1", "password": "new-pw-2"}
    }
    assert "old-pw-1" not in repr(opts) and "new-pw-2" not in repr(opts)


def test_unexpected_success_status_names_the_expected_codes(recorder, ks):
    recorder.reply(200, {"project": {"id": "p"}})
    with pytest.raises(typedstack.UnexpectedStatus, match=r"returned 200 \(expected 201\)"):
        projects.create(ks, projects.CreateOpts(name="x"))


def test_wrong_field_type_in_a_response_is_a_response_error(recorder, ks):
    recorder.reply(200, {"project": {"id": 42}})
    with pytest.raises(typedstack.ResponseError, match=r"GET .*/projects/p1.*id"):
        projects.get(ks, "p1")


def test_missing_wrapper_key_is_a_response_error(recorder, ks):
    recorder.reply(200, {"projekt": {"id": "p1"}})
    with pytest.raises(typedstack.ResponseError, match="project"):
        projects.get(ks, "p1")
