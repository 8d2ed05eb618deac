#!/usr/bin/env python3
# Copyright 2026 the original authors.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#      https://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

"""Extracts the input constraints of Cognito's AWS service models for Local Cognito.

Local Cognito validates every request the way Cognito's front end does (required members,
lengths, patterns, enums, ranges), from the constraints of the published service models
(botocore's data/<service>/<version>/service-2.json, Apache License 2.0). This script keeps
only what validation needs: each operation's input shape and the shapes it reaches, without
documentation. Not part of the build; run it when the models change:

    python3 test/tools/service-model-constraints.py <botocore data dir> <botocore version>
"""

import gzip
import json
import os
import sys

SERVICES = {
    "cognito-idp": "2016-04-18",
    "cognito-identity": "2014-06-30",
}

TARGET = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "io", "github",
                      "cognitosession", "local", "server")


def load(data_dir, service, version):
    path = os.path.join(data_dir, service, version, "service-2.json")
    if os.path.exists(path + ".gz"):
        with gzip.open(path + ".gz", "rt", encoding="utf-8") as model:
            return json.load(model)
    with open(path, encoding="utf-8") as model:
        return json.load(model)


def constraints(model):
    shapes = model["shapes"]
    kept = {}

    def visit(name):
        if name in kept:
            return
        shape = shapes[name]
        entry = {"type": shape["type"]}
        kept[name] = entry
        for key in ("required", "min", "max", "pattern", "enum", "sensitive"):
            if key in shape:
                entry[key] = shape[key]
        if shape["type"] == "structure":
            entry["members"] = {member: spec["shape"] for member, spec in shape["members"].items()}
            for spec in shape["members"].values():
                visit(spec["shape"])
        elif shape["type"] == "list":
            entry["member"] = shape["member"]["shape"]
            visit(shape["member"]["shape"])
        elif shape["type"] == "map":
            entry["key"] = shape["key"]["shape"]
            entry["value"] = shape["value"]["shape"]
            visit(shape["key"]["shape"])
            visit(shape["value"]["shape"])

    operations = {}
    for name, operation in sorted(model["operations"].items()):
        if "input" in operation:
            operations[name] = operation["input"]["shape"]
            visit(operation["input"]["shape"])
    # Members keep the model's order: validation reports errors in that order.
    return {"operations": operations, "shapes": dict(sorted(kept.items()))}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    data_dir, version = sys.argv[1], sys.argv[2]
    for service, api_version in SERVICES.items():
        model = load(data_dir, service, api_version)
        result = {"source": f"botocore {version} data/{service}/{api_version}/service-2.json "
                            "(Apache License 2.0), input constraints only"}
        result.update(constraints(model))
        with open(os.path.join(TARGET, f"{service}-constraints.json"), "w", encoding="utf-8") as out:
            json.dump(result, out, indent=None, separators=(",", ":"))
            out.write("\n")


if __name__ == "__main__":
    main()
