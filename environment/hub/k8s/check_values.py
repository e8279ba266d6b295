"""Checks a Zero to JupyterHub values file the way `helm upgrade --install` does before it renders anything: the chart's
own defaults (values.yaml) overlaid with ours, then validated against the chart's values schema (values.schema.yaml).
Both chart files are kept beside this script for the pinned chart version, so the check needs no network and no helm.

    /usr/bin/python3 -s environment/hub/k8s/check_values.py [VALUES_FILE]    (default: environment/hub/k8s/values.yaml)

Prints one line per problem (where in the values, what the schema expected) and exits 1; prints "ok" and exits 0.
Runs on Debian's python3-jsonschema and python3-yaml (-s keeps packages a user installed with pip out).
"""
import os
import sys

import jsonschema
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CHART_VERSION = "4.4.0"
CHART = os.path.join(HERE, f"chart-{CHART_VERSION}")


def overlay(defaults, ours):
    """Helm's coalescing of a chart's values with a user's: maps merge key by key, anything else replaces, and a
    null in the user's values removes the chart's key."""
    if not isinstance(defaults, dict) or not isinstance(ours, dict):
        return ours
    merged = dict(defaults)
    for key, value in ours.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = overlay(defaults.get(key), value)
    return merged


def load_yaml(path, what):
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except FileNotFoundError:
        sys.exit(f"check_values: {what} {path} does not exist")
    except yaml.YAMLError as error:
        sys.exit(f"check_values: {what} {path} is not valid YAML: {str(error).splitlines()[0]}")


def problems(values_path):
    schema = load_yaml(os.path.join(CHART, "values.schema.yaml"), "the chart's schema")
    defaults = load_yaml(os.path.join(CHART, "values.yaml"), "the chart's values")
    ours = load_yaml(values_path, "the values file")
    if not isinstance(ours, dict):
        return [f"{values_path}: expected a YAML mapping of settings (hub:, singleuser:, ...), found {type(ours).__name__}"]
    validator = jsonschema.Draft7Validator(schema)
    found = []
    for error in sorted(validator.iter_errors(overlay(defaults, ours)), key=lambda e: list(map(str, e.absolute_path))):
        where = ".".join(str(part) for part in error.absolute_path) or "(top level)"
        found.append(f"{values_path}: {where}: {error.message}")
    return found


def main():
    values_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "values.yaml")
    found = problems(values_path)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} problem(s) against Zero to JupyterHub chart {CHART_VERSION}'s values schema", file=sys.stderr)
        return 1
    print(f"ok: {values_path} is valid for Zero to JupyterHub chart {CHART_VERSION}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
