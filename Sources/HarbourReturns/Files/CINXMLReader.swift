import Foundation

/// Reads a council's CIN census XML into the tables the DfE's validator builds from it, so
/// the census can be checked against the DfE's rules before it is sent.
///
/// The tables are filled as the DfE's validator fills them: one row per block, LAchildID on
/// every row, CINdetailsID counted within the child and AssessmentID and CPPID within the
/// CINdetails block ("1", "2", …), the first of a repeated single item kept, and values
/// exactly as written (so `true`/`false` and the older GenderCurrent codes reach the rules
/// as they are). Each review date is a Reviews row of its own (the validator keeps only the
/// first date of each Reviews block). Every row knows its line and element path.
///
/// Anything a council should look at but that does not stop the reading (an element the
/// census does not have, text between elements, a repeated block the validator ignores) is
/// a problem in the result. A file that is not well-formed UTF-8 XML with a Message root
/// cannot be read and throws a `ReadError`.
public enum CINXMLReader {
    public struct Result: Sendable {
        public var census: CINReturn
        public var problems: [ReturnFileProblem]
    }

    /// Why the file could not be read at all, and where (line and character column, from 1).
    public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var column: Int
        public var reason: String

        public var description: String { "\(file):\(line):\(column): \(reason)" }
    }

    /// Reads the census in `bytes`; `file` names it in the rows' locations and the problems.
    public static func read(_ bytes: some ContiguousBytes, file: String) throws(ReadError) -> Result {
        let outcome: Swift.Result<Result, ReadError> = bytes.withUnsafeBytes { raw in
            do throws(ReadError) {
                return .success(try read(buffer: raw.assumingMemoryBound(to: UInt8.self), file: file, mapped: false))
            } catch {
                return .failure(error)
            }
        }
        switch outcome {
        case .success(let result): return result
        case .failure(let error): throw error
        }
    }

    /// Reads the census file at `url`, named by its last path component. A regular file is
    /// mapped rather than copied in, and the pages already read are handed back as the reading
    /// goes on, so a council's census needs little more memory than its rows.
    public static func read(contentsOf url: URL) throws -> Result {
        #if canImport(Glibc)
        if let file = MappedFile(path: url.path) {
            defer { file.close() }
            return try read(buffer: file.bytes, file: url.lastPathComponent, mapped: true)
        }
        #endif
        let data = try Data(contentsOf: url)
        return try read(data, file: url.lastPathComponent)
    }

    private static func read(buffer: UnsafeBufferPointer<UInt8>, file: String, mapped: Bool) throws(ReadError) -> Result {
        var builder = CINXMLTableBuilder(file: file)
        do throws(CINXMLScanFailure) {
            try CINXMLScanner.scan(buffer, into: &builder, releasingBehind: mapped)
        } catch {
            let (line, column) = position(of: error.offset, in: buffer)
            throw ReadError(file: file, line: line, column: column, reason: error.reason)
        }
        return builder.finish()
    }

    /// The line and character column of a byte offset.
    static func position(of offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        let end = min(max(offset, 0), buffer.count)
        for index in 0..<end where buffer[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        var column = 1
        for index in lineStart..<end where buffer[index] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }
}

// MARK: - The census dialect

/// The census's blocks: elements that hold other elements.
enum CINXMLBlock: Int, CaseIterable {
    case message, header, collectionDetails, source, children, child, identifiers, characteristics,
         disabilities, cinDetails, assessments, factors, planDates, section47, plan, reviews
}

/// What an element is in its place: a block, one item of the block's row, an element that
/// is a row of its own (Disability, AssessmentFactors, CPPreviewDate), or one that is known
/// and deliberately not read.
enum CINXMLNode: Equatable {
    case block(CINXMLBlock)
    case value(table: Int, column: Int)
    case rowValue(table: Int)
    case ignored
}

/// The element names of the census and where each may stand. Tables are numbered in
/// `CINReturn.columns` order.
struct CINXMLDialect {
    static let header = 0, identifiers = 1, characteristics = 2, disabilities = 3, cinDetails = 4,
               assessments = 5, factors = 6, planDates = 7, section47 = 8, plans = 9, reviews = 10

    let names: [String]
    let nameBytes: [[UInt8]]
    /// Ids of the names of each length.
    let byLength: [[Int]]
    /// `transitions[block * names.count + name]`: what a child element is in that block.
    let transitions: [CINXMLNode?]
    /// Names given an index in element paths even when first (`Child[1]`).
    let repeatable: [Bool]
    /// Path steps of each name for its first indices (index 0 unused).
    let components: [[String]]
    let message: Int

    static let shared = CINXMLDialect()

    private init() {
        func values(_ table: Int, _ items: [String]) -> [(String, CINXMLNode)] {
            let columns = CINReturn.columns[table].columns
            return items.map { ($0, .value(table: table, column: columns.firstIndex(of: $0)!)) }
        }
        let spec: [(CINXMLBlock, [(String, CINXMLNode)])] = [
            (.message, [("Header", .block(.header)), ("Children", .block(.children))]),
            (.header, [("CollectionDetails", .block(.collectionDetails)), ("Source", .block(.source))]),
            (.collectionDetails, values(Self.header, ["Collection", "Year", "ReferenceDate"])),
            (.source, values(Self.header, ["SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"])),
            (.children, [("Child", .block(.child))]),
            (.child, [
                ("ChildIdentifiers", .block(.identifiers)), ("ChildCharacteristics", .block(.characteristics)),
                ("CINdetails", .block(.cinDetails)),
            ]),
            (.identifiers, values(Self.identifiers, CINReturn.columns[Self.identifiers].columns)),
            (.characteristics, values(Self.characteristics, ["Ethnicity"]) + [("Disabilities", .block(.disabilities))]),
            (.disabilities, [("Disability", .rowValue(table: Self.disabilities))]),
            (.cinDetails, values(Self.cinDetails, [
                "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure",
                "DateOfInitialCPC", "ReferralNFA",
            ]) + [
                ("Assessments", .block(.assessments)), ("CINPlanDates", .block(.planDates)),
                ("Section47", .block(.section47)), ("ChildProtectionPlans", .block(.plan)),
                ("PreProceedingsandFGDM", .ignored),
            ]),
            (.assessments, values(Self.assessments, [
                "AssessmentActualStartDate", "AssessmentInternalReviewDate", "AssessmentAuthorisationDate",
            ]) + [("FactorsIdentifiedAtAssessment", .block(.factors))]),
            (.factors, [("AssessmentFactors", .rowValue(table: Self.factors))]),
            (.planDates, values(Self.planDates, ["CINPlanStartDate", "CINPlanEndDate"])),
            (.section47, values(Self.section47, ["S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired"])),
            (.plan, values(Self.plans, [
                "CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP",
            ]) + [("Reviews", .block(.reviews))]),
            (.reviews, [("CPPreviewDate", .rowValue(table: Self.reviews))]),
        ]
        var names = ["Message"]
        for (_, children) in spec {
            for (name, _) in children where !names.contains(name) { names.append(name) }
        }
        var transitions = [CINXMLNode?](repeating: nil, count: CINXMLBlock.allCases.count * names.count)
        for (block, children) in spec {
            for (name, node) in children {
                transitions[block.rawValue * names.count + names.firstIndex(of: name)!] = node
            }
        }
        let repeated: Set = [
            "Source", "Child", "CINdetails", "Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans",
            "Disability", "AssessmentFactors", "CPPreviewDate",
        ]
        let longest = names.map(\.utf8.count).max()!
        var byLength = [[Int]](repeating: [], count: longest + 1)
        for (id, name) in names.enumerated() { byLength[name.utf8.count].append(id) }
        self.names = names
        self.nameBytes = names.map { Array($0.utf8) }
        self.byLength = byLength
        self.transitions = transitions
        self.repeatable = names.map { repeated.contains($0) }
        self.components = names.map { name in
            (0..<64).map { index in repeated.contains(name) || index > 1 ? "\(name)[\(index)]" : name }
        }
        self.message = 0
    }

    /// The id of a census element name, or nil.
    func id(of name: UnsafeBufferPointer<UInt8>) -> Int? {
        guard name.count < byLength.count, let base = name.baseAddress else { return nil }
        for id in byLength[name.count] {
            let matched = nameBytes[id].withUnsafeBufferPointer { memcmp($0.baseAddress!, base, name.count) == 0 }
            if matched { return id }
        }
        return nil
    }
}

// MARK: - Building the tables

/// Receives the scanner's events and fills the census tables.
struct CINXMLTableBuilder: CINXMLScanEvents {
    private struct Frame {
        var node: CINXMLNode
        var name: Int
        var index: Int
        var line: Int
        /// The element's step in `paths`, once a row or a problem has asked for it (-1 until then).
        var pathStep: Int32
        /// How many children of each name this element has had so far, for their paths' indices.
        var counts: [(name: Int, count: Int)]
    }

    private let file: String
    private let paths: ElementPaths
    private let dialect = CINXMLDialect.shared
    private let widths = CINReturn.columns.map(\.columns.count)
    private var rows: [[ReturnRow]] = Array(repeating: [], count: CINReturn.columns.count)
    private var problems: [ReturnFileProblem] = []

    private var frames: [Frame] = []
    private var depth = 0
    /// Depth inside an element that is not read (0 when reading).
    private var skipDepth = 0
    private var unknownNames: [String] = []
    private var unknownIDs: [[UInt8]: Int] = [:]

    /// The row each open block is filling, by table.
    private var openRow: [[String]] = Array(repeating: [], count: CINReturn.columns.count)
    /// Items already given in each open row, so a repeat keeps the first as the validator does.
    private var openItems: [UInt32] = Array(repeating: 0, count: CINReturn.columns.count)

    private var capturing = false
    private var captureStart: UnsafePointer<UInt8>?
    private var captureCount = 0
    private var captureCopied = false
    private var captureBytes: [UInt8] = []

    private var seenHeader = false, seenCollectionDetails = false, seenSource = false, seenChildren = false
    private var childID: String?
    private var childRowStarts: [Int] = Array(repeating: 0, count: CINReturn.columns.count)
    private var childNeedsID = false
    private var seenIdentifiers = false, seenCharacteristics = false, seenDisabilities = false, seenFactors = false
    private var cinDetailsID = 0, assessmentID = 0, planID = 0
    private var factorCodes: [String] = []

    init(file: String) {
        self.file = file
        paths = ElementPaths(file: file)
    }

    mutating func finish() -> CINXMLReader.Result {
        // The tables grew by doubling as they were read: keep each at its size, table by table,
        // which a council's census would otherwise carry a quarter more of.
        for table in rows.indices {
            let read = rows[table]
            rows[table] = []
            rows[table] = read.withUnsafeBufferPointer { Array($0) }
        }
        var census = CINReturn(file: file)
        census.header.rows = rows[CINXMLDialect.header]
        census.childIdentifiers.rows = rows[CINXMLDialect.identifiers]
        census.childCharacteristics.rows = rows[CINXMLDialect.characteristics]
        census.disabilities.rows = rows[CINXMLDialect.disabilities]
        census.cinDetails.rows = rows[CINXMLDialect.cinDetails]
        census.assessments.rows = rows[CINXMLDialect.assessments]
        census.assessmentFactors.rows = rows[CINXMLDialect.factors]
        census.cinPlanDates.rows = rows[CINXMLDialect.planDates]
        census.section47.rows = rows[CINXMLDialect.section47]
        census.childProtectionPlans.rows = rows[CINXMLDialect.plans]
        census.reviews.rows = rows[CINXMLDialect.reviews]
        return CINXMLReader.Result(census: census, problems: problems)
    }

    // MARK: Events

    mutating func start(name: UnsafeBufferPointer<UInt8>, line: Int) -> String? {
        if skipDepth > 0 {
            skipDepth += 1
            return nil
        }
        let id = dialect.id(of: name) ?? unknownID(name)
        guard depth > 0 else {
            guard id == dialect.message else {
                return "the root element is <\(self.name(id))>, not <Message>: this is not a CIN census file"
            }
            push(.block(.message), name: id, index: 1, line: line)
            return nil
        }
        let index = countChild(id)
        let parent = frames[depth - 1].node
        guard case .block(let block) = parent else {
            let holder = self.name(frames[depth - 1].name)
            report(line: line, path: childPath(id, index), column: self.name(id),
                   "<\(self.name(id))> is inside <\(holder)>, which holds a value, not elements; not read")
            skipDepth = 1
            return nil
        }
        var node = id >= 0 ? dialect.transitions[block.rawValue * dialect.names.count + id] : nil
        if node == nil, block == .disabilities || block == .factors {
            let table = block == .disabilities ? CINXMLDialect.disabilities : CINXMLDialect.factors
            let expected = block == .disabilities ? "Disability" : "AssessmentFactors"
            report(line: line, path: childPath(id, index), column: self.name(id),
                   "<\(self.name(id))> in <\(self.name(frames[depth - 1].name))> is not <\(expected)>; read as one, as the DfE's validator reads every element there")
            node = .rowValue(table: table)
        }
        guard let node else {
            let holder = self.name(frames[depth - 1].name)
            let known = id >= 0
            report(line: line, path: childPath(id, index), column: self.name(id), known
                ? "<\(self.name(id))> does not belong in <\(holder)>; not read"
                : "<\(self.name(id))> is not a CIN census element; not read")
            skipDepth = 1
            return nil
        }
        switch node {
        case .ignored:
            skipDepth = 1
        case .value, .rowValue:
            push(node, name: id, index: index, line: line)
            capturing = true
        case .block(let block):
            if let reason = repeatNotRead(block, name: id) {
                report(line: line, path: childPath(id, index), column: self.name(id), reason)
                skipDepth = 1
                return nil
            }
            push(node, name: id, index: index, line: line)
            open(block, line: line)
        }
        return nil
    }

    mutating func end() {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        let frame = frames[depth - 1]
        switch frame.node {
        case .value(let table, let column):
            let value = captured()
            if openItems[table] & (1 << UInt32(column)) != 0 {
                report(line: frame.line, path: path(depth - 1), column: name(frame.name),
                       "a second <\(name(frame.name))>; the first is kept, as the DfE's validator does")
            } else {
                openItems[table] |= 1 << UInt32(column)
                openRow[table][column] = value
                if table == CINXMLDialect.identifiers, column == 0, childID == nil { childID = value }
            }
        case .rowValue(let table):
            let value = captured()
            let values: [String]
            switch table {
            case CINXMLDialect.disabilities:
                values = [childID ?? "", value]
            case CINXMLDialect.factors:
                values = [childID ?? "", String(cinDetailsID), String(assessmentID), value]
                factorCodes.append(value)
            default:
                values = [childID ?? "", String(cinDetailsID), String(planID), value]
            }
            if childID == nil { childNeedsID = true }
            rows[table].append(ReturnRow(values: values, location: location(depth - 1)))
        case .block(let block):
            close(block, frame: frame)
        case .ignored:
            break
        }
        depth -= 1
    }

    mutating func text(_ chunk: UnsafeBufferPointer<UInt8>, line: Int, stable: Bool) {
        guard skipDepth == 0, depth > 0 else { return }
        if capturing {
            if !captureCopied, captureCount == 0, stable {
                captureStart = chunk.baseAddress
                captureCount = chunk.count
            } else {
                if !captureCopied {
                    captureBytes.removeAll(keepingCapacity: true)
                    if let captureStart, captureCount > 0 {
                        captureBytes.append(contentsOf: UnsafeBufferPointer(start: captureStart, count: captureCount))
                    }
                    captureCopied = true
                }
                captureBytes.append(contentsOf: chunk)
            }
            return
        }
        var textLine = line
        for (offset, byte) in chunk.enumerated() {
            if byte == 0x0A {
                textLine += 1
            } else if byte != 0x20, byte != 0x09, byte != 0x0D {
                let shown = String(decoding: UnsafeBufferPointer(rebasing: chunk[offset...]), as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                let excerpt = shown.count > 40 ? String(shown.prefix(40)) + "…" : shown
                report(line: textLine, path: path(depth - 1), column: nil,
                       "text “\(excerpt)” is out of place in <\(name(frames[depth - 1].name))>; not read")
                return
            }
        }
    }

    // MARK: Blocks

    /// Why a repeat of a block is not read, when it is one the validator reads only once.
    private func repeatNotRead(_ block: CINXMLBlock, name id: Int) -> String? {
        let seen: Bool
        switch block {
        case .header: seen = seenHeader
        case .collectionDetails: seen = seenCollectionDetails
        case .source: seen = seenSource
        case .children: seen = seenChildren
        case .identifiers: seen = seenIdentifiers
        case .characteristics: seen = seenCharacteristics
        case .disabilities: seen = seenDisabilities
        case .factors: seen = seenFactors
        default: seen = false
        }
        guard seen else { return nil }
        return "a second <\(name(id))>; only the first is read, as the DfE's validator reads it"
    }

    private mutating func open(_ block: CINXMLBlock, line: Int) {
        switch block {
        case .header:
            seenHeader = true
            openTable(CINXMLDialect.header)
        case .collectionDetails: seenCollectionDetails = true
        case .source: seenSource = true
        case .children: seenChildren = true
        case .child:
            childID = nil
            childNeedsID = false
            seenIdentifiers = false
            seenCharacteristics = false
            cinDetailsID = 0
            for table in rows.indices { childRowStarts[table] = rows[table].count }
        case .identifiers:
            seenIdentifiers = true
            openTable(CINXMLDialect.identifiers)
        case .characteristics:
            seenCharacteristics = true
            seenDisabilities = false
            openTable(CINXMLDialect.characteristics)
        case .disabilities: seenDisabilities = true
        case .cinDetails:
            cinDetailsID += 1
            assessmentID = 0
            planID = 0
            openTable(CINXMLDialect.cinDetails)
            openRow[CINXMLDialect.cinDetails][1] = String(cinDetailsID)
        case .assessments:
            assessmentID += 1
            seenFactors = false
            factorCodes.removeAll(keepingCapacity: true)
            openTable(CINXMLDialect.assessments)
            openRow[CINXMLDialect.assessments][1] = String(cinDetailsID)
            openRow[CINXMLDialect.assessments][2] = String(assessmentID)
        case .factors: seenFactors = true
        case .planDates:
            openTable(CINXMLDialect.planDates)
            openRow[CINXMLDialect.planDates][1] = String(cinDetailsID)
        case .section47:
            openTable(CINXMLDialect.section47)
            openRow[CINXMLDialect.section47][1] = String(cinDetailsID)
        case .plan:
            planID += 1
            openTable(CINXMLDialect.plans)
            openRow[CINXMLDialect.plans][1] = String(cinDetailsID)
            openRow[CINXMLDialect.plans][2] = String(planID)
        case .message, .reviews:
            break
        }
    }

    private mutating func openTable(_ table: Int) {
        openRow[table] = [String](repeating: "", count: widths[table])
        openItems[table] = 0
    }

    private mutating func close(_ block: CINXMLBlock, frame: Frame) {
        switch block {
        case .header: closeRow(CINXMLDialect.header)
        case .identifiers: closeRow(CINXMLDialect.identifiers)
        case .characteristics: closeRow(CINXMLDialect.characteristics)
        case .cinDetails: closeRow(CINXMLDialect.cinDetails)
        case .assessments:
            if !factorCodes.isEmpty {
                openRow[CINXMLDialect.assessments][6] = factorCodes.joined(separator: ",")
            }
            closeRow(CINXMLDialect.assessments)
        case .planDates: closeRow(CINXMLDialect.planDates)
        case .section47: closeRow(CINXMLDialect.section47)
        case .plan: closeRow(CINXMLDialect.plans)
        case .child: closeChild()
        case .message: closeMessage()
        case .collectionDetails, .source, .children, .disabilities, .factors, .reviews: break
        }
    }

    private mutating func closeRow(_ table: Int) {
        if table != CINXMLDialect.header {
            if let childID { openRow[table][0] = childID } else { childNeedsID = true }
        }
        rows[table].append(ReturnRow(values: openRow[table], location: location(depth - 1)))
        openRow[table] = []
    }

    /// A child's rows all carry its LAchildID, wherever in the child the identifiers stood;
    /// a child without identifiers or characteristics still has its (blank) rows, as in the validator.
    private mutating func closeChild() {
        let here = location(depth - 1)
        if !seenIdentifiers {
            report(here, column: "ChildIdentifiers", "<Child> has no <ChildIdentifiers>")
            rows[CINXMLDialect.identifiers].append(ReturnRow(
                values: [String](repeating: "", count: widths[CINXMLDialect.identifiers]), location: here))
        }
        if !seenCharacteristics {
            report(here, column: "ChildCharacteristics", "<Child> has no <ChildCharacteristics>")
            rows[CINXMLDialect.characteristics].append(ReturnRow(
                values: [String](repeating: "", count: widths[CINXMLDialect.characteristics]), location: here))
        }
        guard childNeedsID, let childID else { return }
        for table in 1..<rows.count {
            for row in childRowStarts[table]..<rows[table].count { rows[table][row].values[0] = childID }
        }
    }

    private mutating func closeMessage() {
        let here = location(depth - 1)
        if !seenHeader {
            report(here, column: "Header", "the census has no <Header>, so no reference date")
            rows[CINXMLDialect.header].append(ReturnRow(
                values: [String](repeating: "", count: widths[CINXMLDialect.header]), location: here))
        }
        if !seenChildren { report(here, column: "Children", "the census has no <Children>") }
    }

    // MARK: Values

    private mutating func captured() -> String {
        defer {
            capturing = false
            captureStart = nil
            captureCount = 0
            captureCopied = false
        }
        if captureCopied { return String(decoding: captureBytes, as: UTF8.self) }
        guard let captureStart, captureCount > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: captureStart, count: captureCount), as: UTF8.self)
    }

    // MARK: Paths and problems

    private mutating func push(_ node: CINXMLNode, name: Int, index: Int, line: Int) {
        if depth < frames.count {
            frames[depth].node = node
            frames[depth].name = name
            frames[depth].index = index
            frames[depth].line = line
            frames[depth].pathStep = -1
            frames[depth].counts.removeAll(keepingCapacity: true)
        } else {
            frames.append(Frame(node: node, name: name, index: index, line: line, pathStep: -1, counts: []))
        }
        depth += 1
    }

    /// Counts a child element of the innermost open element; returns its index among its namesakes.
    private mutating func countChild(_ name: Int) -> Int {
        let parent = depth - 1
        for slot in frames[parent].counts.indices where frames[parent].counts[slot].name == name {
            frames[parent].counts[slot].count += 1
            return frames[parent].counts[slot].count
        }
        frames[parent].counts.append((name, 1))
        return 1
    }

    private mutating func unknownID(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        let bytes = Array(name)
        if let id = unknownIDs[bytes] { return id }
        let id = -1 - unknownNames.count
        unknownNames.append(String(decoding: bytes, as: UTF8.self))
        unknownIDs[bytes] = id
        return id
    }

    private func name(_ id: Int) -> String {
        id >= 0 ? dialect.names[id] : unknownNames[-1 - id]
    }

    /// A step of an element path: the name, with the index among its namesakes where it is
    /// repeatable or not the first ("CINdetails[1]", "Reviews[2]").
    private func component(_ id: Int, _ index: Int) -> String {
        if id >= 0, index < dialect.components[id].count { return dialect.components[id][index] }
        return (id >= 0 && dialect.repeatable[id]) || index > 1 ? "\(name(id))[\(index)]" : name(id)
    }

    private mutating func pathNode(_ level: Int) -> Int32 {
        if frames[level].pathStep >= 0 { return frames[level].pathStep }
        let parent: Int32 = level > 0 ? pathNode(level - 1) : -1
        let (name, index) = (frames[level].name, frames[level].index)
        let node = paths.add(key: Int64(name) << 32 | Int64(index), parent: parent) { component(name, index) }
        frames[level].pathStep = node
        return node
    }

    private mutating func path(_ level: Int) -> String {
        paths.path(pathNode(level))
    }

    private mutating func childPath(_ id: Int, _ index: Int) -> String {
        path(depth - 1) + "/" + component(id, index)
    }

    private mutating func location(_ level: Int) -> SourceLocation {
        SourceLocation(line: frames[level].line, paths: paths, node: pathNode(level))
    }

    private mutating func report(line: Int, path: String, column: String?, _ message: String) {
        problems.append(ReturnFileProblem(location: SourceLocation(file: file, line: line, path: path), column: column, message: message))
    }

    private mutating func report(_ location: SourceLocation, column: String?, _ message: String) {
        problems.append(ReturnFileProblem(location: location, column: column, message: message))
    }
}
