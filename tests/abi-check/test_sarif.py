"""lint's SARIF 2.1.0 log, as code-scanning UIs ingest it (issue 11 item 6).

No Debian package ships the SARIF 2.1.0 JSON schema (python3-sarif-python-om
and golang-github-haya14busa-go-sarif-dev carry the object model only), so
the properties SARIF 2.1.0 requires, and those code-scanning UIs rely on,
are written down below as a JSON schema of our own and validated with
Debian's python3-jsonschema.  That package is installed for Debian's
/usr/bin/python3; the test finds an interpreter that has it, or is skipped
saying so."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "abi-check"))

from test_lint import V4, run_cli  # noqa: E402


def _interpreter_with_jsonschema():
    for cand in (sys.executable, "/usr/bin/python3", shutil.which("python3")):
        if cand and os.path.exists(cand) and subprocess.run(
                [cand, "-c", "import jsonschema"], stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL).returncode == 0:
            return cand
    return None


JSONSCHEMA_PY = _interpreter_with_jsonschema()

_TEXT = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}
_ARTIFACT_LOCATION = {
    "type": "object", "required": ["uri"],
    "properties": {"uri": {"type": "string", "minLength": 1},
                   "uriBaseId": {"type": "string", "minLength": 1}}}
_LOCATION = {
    "type": "object", "required": ["physicalLocation"],
    "properties": {"physicalLocation": {
        "type": "object", "required": ["artifactLocation", "region"],
        "properties": {
            "artifactLocation": _ARTIFACT_LOCATION,
            "region": {"type": "object", "required": ["startLine"],
                       "properties": {"startLine": {"type": "integer", "minimum": 1},
                                      "startColumn": {"type": "integer", "minimum": 1}}}}}}}
_NOTIFICATION = {
    "type": "object", "required": ["message"],
    "properties": {"message": _TEXT,
                   "level": {"enum": ["none", "note", "warning", "error"]},
                   "locations": {"type": "array", "items": _LOCATION}}}

# SARIF 2.1.0's required properties (sarifLog: version, runs; run: tool;
# tool: driver; toolComponent: name; reportingDescriptor: id; result: message;
# invocation: executionSuccessful; notification: message; message: text
# here), the value sets it fixes (version, level), and what code-scanning
# UIs need besides: rule descriptions and help, the tool's version and
# information URI, fingerprints, locations relative to a base URI.
SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string"},
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "items": {
            "type": "object",
            "required": ["tool", "invocations", "results", "originalUriBaseIds"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {"driver": {
                    "type": "object",
                    "required": ["name", "version", "informationUri", "rules"],
                    "properties": {
                        "name": {"type": "string", "minLength": 1},
                        "version": {"type": "string", "minLength": 1},
                        "informationUri": {"type": "string", "pattern": "^[a-z][a-z0-9+.-]*:"},
                        "rules": {"type": "array", "minItems": 1, "items": {
                            "type": "object",
                            "required": ["id", "shortDescription", "fullDescription", "help"],
                            "properties": {"id": {"type": "string", "minLength": 1},
                                           "shortDescription": _TEXT,
                                           "fullDescription": _TEXT, "help": _TEXT}}}}}}},
                "invocations": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "required": ["executionSuccessful"],
                    "properties": {"executionSuccessful": {"type": "boolean"},
                                   "toolExecutionNotifications": {
                                       "type": "array", "items": _NOTIFICATION}}}},
                "originalUriBaseIds": {"type": "object", "additionalProperties": {
                    "type": "object", "required": ["uri"],
                    "properties": {"uri": {"type": "string", "pattern": "^file://.*/$"}}}},
                "results": {"type": "array", "items": {
                    "type": "object",
                    "required": ["ruleId", "ruleIndex", "message", "locations",
                                 "partialFingerprints"],
                    "properties": {
                        "ruleId": {"type": "string"},
                        "ruleIndex": {"type": "integer", "minimum": 0},
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "message": _TEXT,
                        "locations": {"type": "array", "minItems": 1, "items": _LOCATION},
                        "partialFingerprints": {"type": "object", "minProperties": 1,
                                                "additionalProperties": {"type": "string"}}}}},
            }}},
    },
}


def validate(log):
    """Validate with python3-jsonschema in the interpreter that has it;
    returns its error text ('' when valid)."""
    with tempfile.TemporaryDirectory() as d:
        doc, schema = os.path.join(d, "log.json"), os.path.join(d, "schema.json")
        with open(doc, "w") as f:
            json.dump(log, f)
        with open(schema, "w") as f:
            json.dump(SCHEMA, f)
        code = ("import json, sys, jsonschema\n"
                "s = json.load(open(sys.argv[2]))\n"
                "jsonschema.Draft7Validator.check_schema(s)\n"
                "errs = sorted(jsonschema.Draft7Validator(s).iter_errors(json.load(open(sys.argv[1]))),"
                " key=str)\n"
                "print('\\n'.join('%s: %s' % (list(e.path), e.message) for e in errs))\n")
        p = subprocess.run([JSONSCHEMA_PY, "-c", code, doc, schema], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, universal_newlines=True)
        if p.returncode:
            raise AssertionError("jsonschema failed: %s" % p.stderr)
        return p.stdout.strip()


@unittest.skipIf(JSONSCHEMA_PY is None, "no python3 with jsonschema (Debian: python3-jsonschema) "
                 "found: SKIPPING the SARIF schema validation")
class SarifLog(unittest.TestCase):
    def check_refs(self, log):
        run = log["runs"][0]
        rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
        self.assertIn(run["originalUriBaseIds"]["SRCROOT"]["uri"].rstrip("/"),
                      "file://" + os.getcwd())
        for r in run["results"]:
            self.assertEqual(rules[r["ruleIndex"]], r["ruleId"])
            loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
            self.assertIn(loc.get("uriBaseId"), run["originalUriBaseIds"])
            self.assertFalse(loc["uri"].startswith("/"), loc)

    def test_findings(self):
        st, out, err = run_cli(["lint", "--format", "sarif", V4, "-D", "__XEN_TOOLS__",
                                "--targets", "i386,x86_64"])
        self.assertEqual(st, 4, err)
        log = json.loads(out)
        self.assertEqual(validate(log), "")
        self.check_refs(log)
        run = log["runs"][0]
        self.assertTrue(run["invocations"][0]["executionSuccessful"])
        self.assertGreater(len(run["results"]), 10)
        prints = [tuple(r["partialFingerprints"].items()) for r in run["results"]]
        self.assertEqual(len(prints), len(set(prints)), "fingerprints must tell results apart")

    def test_fingerprints_survive_a_line_move(self):
        with tempfile.TemporaryDirectory() as d:
            logs = []
            for pre in ("", "\n\n/* moved */\n"):
                p = os.path.join(d, "h.h")
                with open(p, "w") as f:
                    f.write(pre + "#include <stdint.h>\nstruct s { uint8_t a; uint32_t b; };\n")
                st, out, err = run_cli(["lint", "--format", "sarif", p, "--targets", "x86_64"])
                logs.append(json.loads(out)["runs"][0]["results"])
            self.assertEqual([r["partialFingerprints"] for r in logs[0]],
                             [r["partialFingerprints"] for r in logs[1]])
            self.assertNotEqual(logs[0][0]["locations"], logs[1][0]["locations"])

    def test_a_header_that_does_not_parse_still_gives_a_log(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "bad.h")
            with open(p, "w") as f:
                f.write("struct s { int a };\n")
            st, out, err = run_cli(["lint", "--format", "sarif", p, "--targets", "x86_64"])
            self.assertEqual(st, 3, err)
            self.assertIn("bad.h:1:", err)          # the one-line error stays
            log = json.loads(out)
            self.assertEqual(validate(log), "")
            inv = log["runs"][0]["invocations"][0]
            self.assertFalse(inv["executionSuccessful"])
            note = inv["toolExecutionNotifications"][0]
            self.assertEqual(note["level"], "error")
            self.assertIn("bad.h:1:", note["message"]["text"])
            region = note["locations"][0]["physicalLocation"]["region"]
            self.assertEqual(region["startLine"], 1)
            self.assertEqual(log["runs"][0]["results"], [])

    def test_the_schema_catches_what_it_must(self):
        # the checker itself: a log without a rule's help or a result's
        # fingerprint is rejected
        st, out, _ = run_cli(["lint", "--format", "sarif", V4, "--targets", "x86_64"])
        log = json.loads(out)
        del log["runs"][0]["tool"]["driver"]["rules"][0]["help"]
        del log["runs"][0]["results"][0]["partialFingerprints"]
        errs = validate(log)
        self.assertIn("'help' is a required property", errs)
        self.assertIn("'partialFingerprints' is a required property", errs)


if __name__ == "__main__":
    unittest.main()
