import HarbourCore

/// The OpenAPI 3.1 document for /api/v1, built from the same record descriptions the API reads.
enum OpenAPI {
    static func schema(for f: FieldSpec) -> JSONValue {
        var s: [String: JSONValue] = ["description": .string(f.label + (f.hint.map { ". " + $0 } ?? ""))]
        switch f.kind {
        case .day: s["type"] = .string("string"); s["format"] = .string("date")
        case .instant: s["type"] = .string("string"); s["format"] = .string("date-time")
        case .code(let list):
            s["type"] = .string("string"); s["enum"] = .array(list.entries.map { .string($0.code) })
            s["x-code-set"] = .string(list.id)
        case .codes(let list):
            s["type"] = .string("array")
            s["items"] = .object(["type": .string("string"), "enum": .array(list.entries.map { .string($0.code) })])
            s["x-code-set"] = .string(list.id)
        case .yesNo: s["type"] = .string("boolean")
        case .text(let max): s["type"] = .string("string"); s["maxLength"] = .number(Double(max))
        case .integer(let r):
            s["type"] = .string("integer"); s["minimum"] = .number(Double(r.lowerBound)); s["maximum"] = .number(Double(r.upperBound))
        case .worker: s["type"] = .string("integer"); s["minimum"] = .number(1)
        }
        if !f.required { s["type"] = .array([s["type"]!, .string("null")]) }
        return .object(s)
    }

    static func recordSchema(_ spec: RecordSpec, withIDs: Bool) -> JSONValue {
        var properties = [String: JSONValue]()
        for f in spec.fields { properties[f.name] = schema(for: f) }
        if withIDs {
            properties["id"] = .object(["type": .string("integer"), "readOnly": .bool(true)])
            if spec.id != "child" {
                properties["child_id"] = .object(["type": .string("integer"), "readOnly": .bool(true)])
                properties["kind"] = .object(["type": .string("string"), "readOnly": .bool(true)])
            }
        }
        return .object(["type": .string("object"), "title": .string(spec.title), "description": .string("Source: \(spec.source)"),
                        "required": .array(spec.fields.filter(\.required).map { .string($0.name) }),
                        "properties": .object(properties)])
    }

    static func ref(_ name: String) -> JSONValue { .object(["$ref": .string("#/components/schemas/\(name)")]) }

    static func response(_ description: String, _ schema: JSONValue?) -> JSONValue {
        var r: [String: JSONValue] = ["description": .string(description)]
        if let schema { r["content"] = .object(["application/json": .object(["schema": schema])]) }
        return .object(r)
    }

    static let problems: [String: JSONValue] = [
        "400": .object(["description": .string("Bad request"), "content": .object(["application/problem+json": .object(["schema": ref("Problem")])])]),
        "401": .object(["description": .string("Not signed in"), "content": .object(["application/problem+json": .object(["schema": ref("Problem")])])]),
        "403": .object(["description": .string("Role does not allow this"), "content": .object(["application/problem+json": .object(["schema": ref("Problem")])])]),
        "404": .object(["description": .string("Not found"), "content": .object(["application/problem+json": .object(["schema": ref("Problem")])])]),
        "422": .object(["description": .string("Record refused; errors name each field"), "content": .object(["application/problem+json": .object(["schema": ref("Problem")])])]),
    ]

    static func op(_ summary: String, _ ok: String, _ schema: JSONValue?, params: [JSONValue] = [], body: JSONValue? = nil,
                   status: String = "200") -> JSONValue {
        var o: [String: JSONValue] = ["summary": .string(summary), "responses": .object(problems.merging([status: response(ok, schema)]) { $1 })]
        if !params.isEmpty { o["parameters"] = .array(params) }
        if let body {
            o["requestBody"] = .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": body])])])
        }
        return .object(o)
    }

    static func param(_ name: String, in location: String, _ type: String, format: String? = nil, required: Bool = false) -> JSONValue {
        var schema: [String: JSONValue] = ["type": .string(type)]
        if let format { schema["format"] = .string(format) }
        return .object(["name": .string(name), "in": .string(location), "required": .bool(required || location == "path"),
                        "schema": .object(schema)])
    }

    static func page(of item: JSONValue) -> JSONValue {
        .object(["type": .string("object"), "properties": .object([
            "items": .object(["type": .string("array"), "items": item]),
            "page": .object(["type": .string("integer")]), "per_page": .object(["type": .string("integer")]),
            "total": .object(["type": .string("integer")]),
        ])])
    }

    static let document: JSONValue = {
        var schemas: [String: JSONValue] = [
            "Child": recordSchema(.child, withIDs: true),
            "Problem": .object(["type": .string("object"), "properties": .object([
                "type": .object(["type": .string("string")]), "title": .object(["type": .string("string")]),
                "status": .object(["type": .string("integer")]), "detail": .object(["type": .string("string")]),
                "instance": .object(["type": .string("string")]),
                "errors": .object(["type": .string("array"), "items": .object(["type": .string("object"), "properties": .object([
                    "field": .object(["type": .string("string")]), "message": .object(["type": .string("string")])])])]),
            ])]),
        ]
        var paths: [String: JSONValue] = [
            "/api/v1/me": .object(["get": op("The signed-in user and their permissions", "The user", nil)]),
            "/api/v1/record-kinds": .object(["get": op("Every kind of record, its fields and code sets", "Record kinds", nil)]),
            "/api/v1/children": .object([
                "get": op("Find children by name, LA child ID, UPN or date of birth", "A page of children", page(of: ref("Child")),
                          params: [param("q", in: "query", "string"), param("page", in: "query", "integer"),
                                   param("per_page", in: "query", "integer")]),
                "post": op("Add a child", "The child", ref("Child"), body: ref("Child"), status: "201"),
            ]),
            "/api/v1/children/{child}": .object([
                "get": op("A child", "The child", ref("Child"), params: [param("child", in: "path", "integer")]),
                "put": op("Correct a child's details (all fields)", "The child", ref("Child"),
                          params: [param("child", in: "path", "integer")], body: ref("Child")),
            ]),
            "/api/v1/children/{child}/records": .object([
                "get": op("A child's records in date order", "A page of records", page(of: .object(["type": .string("object")])),
                          params: [param("child", in: "path", "integer"), param("kind", in: "query", "string"),
                                   param("page", in: "query", "integer"), param("per_page", in: "query", "integer")]),
            ]),
        ]
        let object: JSONValue = .object(["type": .string("object")])
        let period = param("period", in: "query", "string"), team = param("team", in: "query", "integer")
        let year = param("year", in: "query", "string"), kindParam = param("return", in: "query", "string")
        paths["/api/v1/indicators"] = .object(["get": op("Every indicator's value, RAG and direction for a period and team", "Indicators", object,
                                                        params: [period, team])])
        paths["/api/v1/indicators/{indicator}"] = .object(["get": op("One indicator: value, previous, RAG, target, benchmarks and a 12-point trend",
                                                                    "The indicator", object, params: [param("indicator", in: "path", "string"), period, team])])
        paths["/api/v1/indicators/{indicator}/children"] = .object(["get": op("The children behind an indicator's figure", "A page of children", object,
            params: [param("indicator", in: "path", "string"), period, team, param("part", in: "query", "string"),
                     param("category", in: "query", "string"), param("page", in: "query", "integer"), param("per_page", in: "query", "integer")])])
        paths["/api/v1/work"] = .object(["get": op("The signed-in worker's due and overdue work", "Work", object)])
        paths["/api/v1/returns/cin"] = .object(["get": op("The CIN census XML for a collection year (2025-26)", "CIN census XML", object, params: [year])])
        paths["/api/v1/returns/ssda903/{file}"] = .object(["get": op("One SSDA903 CSV file (episodes.csv, header.csv, …) for a collection year",
                                                                    "SSDA903 CSV", object, params: [param("file", in: "path", "string"), year])])
        paths["/api/v1/returns/annex-a/{list}"] = .object(["get": op("One Ofsted Annex A list (list_1.csv … list_11.csv) as at a date", "Annex A CSV", object,
            params: [param("list", in: "path", "string"), param("as_of", in: "query", "string", format: "date"), param("months", in: "query", "integer")])])
        paths["/api/v1/returns/data-quality"] = .object(["get": op("The latest check of a return against the DfE's rules: counts by rule and team",
                                                                  "Data quality", object, params: [kindParam, year])])
        paths["/api/v1/returns/data-quality/findings"] = .object(["get": op("The latest check's findings, by rule or team", "A page of findings", object,
            params: [kindParam, year, param("rule", in: "query", "string"), team, param("page", in: "query", "integer"),
                     param("per_page", in: "query", "integer")])])
        var importReturns = op("Import children and their records from a CIN census XML file and SSDA903 CSV files (told apart by their columns). "
                               + "Each child is checked as a worker's entry is and written in one transaction; a child with any problem is refused "
                               + "whole, with every reason (file, line or element, item). dryRun=true reports what would change and writes nothing. "
                               + "Analysts and administrators only; at most 200 MB in all.",
                               "What the import did, or would do: counts, every child refused with the reasons, problems reading the files, notes",
                               ref("ReturnImportReport"), params: [year, param("dryRun", in: "query", "boolean")])
        if case .object(var operation) = importReturns {
            operation["requestBody"] = .object(["required": .bool(true), "content": .object(["multipart/form-data": .object(["schema": .object([
                "type": .string("object"),
                "properties": .object([
                    "cin": .object(["type": .string("string"), "format": .string("binary"), "description": .string("A CIN census XML file")]),
                    "ssda903[]": .object(["type": .string("array"), "items": .object(["type": .string("string"), "format": .string("binary")]),
                                          "description": .string("SSDA903 CSV files: Header, Episodes, Reviews and the others")]),
                    "year": .object(["type": .string("string"), "description": .string("The collection year, as 2025-26 (or give it in the query)")]),
                ]),
            ])])])])
            importReturns = .object(operation)
        }
        paths["/api/v1/returns/import"] = .object(["post": importReturns])
        let counts: JSONValue = .object(["type": .string("object"), "additionalProperties": .object(["type": .string("integer")]),
                                         "description": .string("By kind of record")])
        let problem: JSONValue = .object(["type": .string("object"), "properties": .object([
            "child": .object(["type": .string("string"), "description": .string("LA child ID")]),
            "file": .object(["type": .string("string")]), "line": .object(["type": .string("integer")]),
            "element": .object(["type": .string("string"), "description": .string("The CIN census element path")]),
            "item": .object(["type": .string("string"), "description": .string("The CSV column or XML element")]),
            "message": .object(["type": .string("string")]),
        ])])
        let laChildIDs: JSONValue = .object(["type": .string("array"), "items": .object(["type": .string("string")]), "description": .string("LA child IDs")])
        schemas["ReturnImportReport"] = .object(["type": .string("object"), "properties": .object([
            "dry_run": .object(["type": .string("boolean")]),
            "created": laChildIDs, "updated": laChildIDs, "unchanged": laChildIDs,
            "refused": .object(["type": .string("array"), "items": .object(["type": .string("object"), "properties": .object([
                "child": .object(["type": .string("string")]), "problems": .object(["type": .string("array"), "items": problem]),
            ])])]),
            "records_written": counts, "records_kept": counts, "records_removed": counts, "records_held": counts,
            "file_problems": .object(["type": .string("array"), "items": problem]),
            "notes": .object(["type": .string("array"), "items": problem]),
            "seconds": .object(["type": .string("number")]),
        ])])
        for kind in EventKind.allCases {
            let name = kind.spec.table
            schemas[name] = recordSchema(kind.spec, withIDs: true)
            paths["/api/v1/children/{child}/records/\(kind.rawValue)"] = .object([
                "post": op("Record: \(kind.spec.title.lowercased())", "The record", ref(name),
                           params: [param("child", in: "path", "integer")], body: ref(name), status: "201"),
            ])
            paths["/api/v1/records/\(kind.rawValue)"] = .object([
                "get": op("\(kind.spec.title) records across children, newest first", "A page of records", page(of: ref(name)),
                          params: [param("from", in: "query", "string", format: "date"), param("to", in: "query", "string", format: "date"),
                                   param("page", in: "query", "integer"), param("per_page", in: "query", "integer")]),
            ])
            paths["/api/v1/records/\(kind.rawValue)/{record}"] = .object([
                "get": op("One \(kind.spec.title.lowercased()) record", "The record", ref(name), params: [param("record", in: "path", "integer")]),
                "put": op("Correct a \(kind.spec.title.lowercased()) record (all fields)", "The record", ref(name),
                          params: [param("record", in: "path", "integer")], body: ref(name)),
            ])
        }
        return .object([
            "openapi": .string("3.1.0"),
            "info": .object(["title": .string("Harbour API"), "version": .string("1"),
                             "description": .string("Children's social care records. Sign in with a session, or send Authorization: Bearer <token> (harbour user token). Errors are RFC 9457 problem documents naming the field.")]),
            "servers": .array([.object(["url": .string("/")])]),
            "security": .array([.object(["bearer": .array([])])]),
            "components": .object(["schemas": .object(schemas),
                                   "securitySchemes": .object(["bearer": .object(["type": .string("http"), "scheme": .string("bearer")])])]),
            "paths": .object(paths),
        ])
    }()
}
