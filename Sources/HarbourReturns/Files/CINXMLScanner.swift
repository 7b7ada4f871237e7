import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the census scanner reports as it reads: elements opening and closing, and the
/// characters between them (entity and character references already replaced).
protocol CINXMLScanEvents {
    /// An element opens at `line`. A non-nil answer stops the reading with that reason.
    mutating func start(name: UnsafeBufferPointer<UInt8>, line: Int) -> String?
    /// The innermost open element closes.
    mutating func end()
    /// Characters inside an element, starting on `line`. `stable` says whether the bytes stay
    /// valid for the whole reading (they are the file's own) or must be copied now.
    mutating func text(_ chunk: UnsafeBufferPointer<UInt8>, line: Int, stable: Bool)
}

/// Why a census file could not be read at all, at a byte offset of the file.
struct CINXMLScanFailure: Error {
    var offset: Int
    var reason: String
}

/// A small, strict XML reader for the census dialect: elements (attributes checked for form
/// and ignored), text, the five predefined entities and numeric character references,
/// comments, CDATA sections, processing instructions and the XML declaration. It accepts
/// UTF-8 only and refuses document type declarations. It reads the whole file in one pass
/// without building a tree, so a council's full census reads in about the time it takes to load.
struct CINXMLScanner {
    private let p: UnsafePointer<UInt8>
    private let n: Int
    private var i = 0
    private var line = 1
    /// Open elements: where the name starts in the file, its length, and the line it opened on.
    private var open: [(start: Int, length: Int, line: Int)] = []
    private var seenRoot = false
    private var releasesBehind = false
    /// Bytes before this offset have been handed back (`releaseBehind`).
    private var released = 0
    private var rootClosed = false
    /// Per-byte classes for text (`textClass`) and names (`nameClass`), and 4 bytes for a decoded reference.
    private let tables: UnsafeMutablePointer<UInt8>

    private static let plain: UInt8 = 0, newline: UInt8 = 1, lessThan: UInt8 = 2, ampersand: UInt8 = 3
    private static let forbidden: UInt8 = 4, bracket: UInt8 = 5
    private static let nameStart: UInt8 = 1, nameOther: UInt8 = 2

    private var textClass: UnsafeMutablePointer<UInt8> { tables }
    private var nameClass: UnsafeMutablePointer<UInt8> { tables + 256 }
    private var scratch: UnsafeMutablePointer<UInt8> { tables + 512 }

    /// Reads `buffer`, reporting to `events`. `buffer` must not be empty.
    /// With `releasingBehind`, `buffer` is a file mapped read-only at a page boundary
    /// (`MappedFile`), and the pages already read are handed back as the reading goes on; should
    /// an event look back at them, they are read again from the file.
    static func scan<Events: CINXMLScanEvents>(
        _ buffer: UnsafeBufferPointer<UInt8>, into events: inout Events, releasingBehind: Bool = false
    ) throws(CINXMLScanFailure) {
        guard let base = buffer.baseAddress, buffer.count > 0 else {
            throw CINXMLScanFailure(offset: 0, reason: "the file is empty")
        }
        var scanner = CINXMLScanner(base: base, count: buffer.count)
        scanner.releasesBehind = releasingBehind
        defer { scanner.tables.deallocate() }
        try scanner.run(&events)
    }

    private init(base: UnsafePointer<UInt8>, count: Int) {
        p = base
        n = count
        tables = .allocate(capacity: 516)
        tables.initialize(repeating: 0, count: 516)
        for byte in 0..<32 where byte != 0x09 && byte != 0x0A && byte != 0x0D {
            tables[byte] = Self.forbidden
        }
        tables[0x0A] = Self.newline
        tables[0x3C] = Self.lessThan
        tables[0x26] = Self.ampersand
        tables[0x5D] = Self.bracket
        for byte in 0..<256 {
            let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if isLetter || byte == 0x5F || byte == 0x3A || byte >= 0x80 {
                tables[256 + byte] = Self.nameStart
            } else if (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x2D {
                tables[256 + byte] = Self.nameOther
            }
        }
    }

    /// How far the reading gets before the pages behind it are handed back, and how much it keeps behind.
    private static let releaseStep = 8 << 20, releaseMargin = 1 << 20

    /// Hands back the mapped file's pages well behind the reading, so they no longer count
    /// against the process's memory. The mapping is private and read-only, so nothing is lost.
    private mutating func releaseBehind() {
        #if canImport(Glibc)
        let page = max(Int(sysconf(Int32(_SC_PAGESIZE))), 4096)
        let end = (i - Self.releaseMargin) / page * page
        guard end > released else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: p + released), end - released, MADV_DONTNEED)
        released = end
        #endif
    }

    // MARK: - The document

    private mutating func run<Events: CINXMLScanEvents>(_ events: inout Events) throws(CINXMLScanFailure) {
        try checkEncoding()
        try checkUTF8()
        if matches("<?xml"), i + 5 < n, isSpace(p[i + 5]) { try declaration() }
        while true {
            if releasesBehind, i - released >= Self.releaseStep { releaseBehind() }
            let textStart = i, textLine = line
            while i < n {
                let kind = textClass[Int(p[i])]
                if kind == Self.plain { i += 1; continue }
                if kind == Self.newline { line += 1; i += 1; continue }
                if kind == Self.bracket {
                    if i + 2 < n, p[i + 1] == 0x5D, p[i + 2] == 0x3E {
                        throw fail("']]>' is not allowed in text", at: i)
                    }
                    i += 1
                    continue
                }
                if kind == Self.forbidden { throw fail(forbiddenCharacter(p[i]), at: i) }
                break
            }
            if i > textStart { try characters(textStart, i, line: textLine, &events) }
            if i >= n { break }
            if p[i] == 0x26 {
                try reference(&events)
                continue
            }
            guard i + 1 < n else { throw fail("the file ends after '<'", at: i) }
            switch p[i + 1] {
            case 0x2F: try endTag(&events)
            case 0x21: try markupDeclaration(&events)
            case 0x3F: try processingInstruction()
            default: try startTag(&events)
            }
        }
        if let last = open.last {
            throw fail("the file ends before </\(name(last.start, last.length))> (opened on line \(last.line))", at: n)
        }
        if !seenRoot { throw fail("the file has no XML elements", at: n) }
    }

    private mutating func characters<Events: CINXMLScanEvents>(
        _ start: Int, _ end: Int, line textLine: Int, _ events: inout Events
    ) throws(CINXMLScanFailure) {
        if open.isEmpty {
            for index in start..<end where !isSpace(p[index]) {
                throw fail(seenRoot ? "text after the root element" : "text before the root element", at: index)
            }
            return
        }
        events.text(UnsafeBufferPointer(start: p + start, count: end - start), line: textLine, stable: true)
    }

    // MARK: - Encoding

    private mutating func checkEncoding() throws(CINXMLScanFailure) {
        if n >= 2, (p[0] == 0xFE && p[1] == 0xFF) || (p[0] == 0xFF && p[1] == 0xFE) {
            throw fail("the file is UTF-16; a census file must be UTF-8", at: 0)
        }
        if n >= 2, p[0] == 0 || p[1] == 0 {
            throw fail("the file is not UTF-8 (it looks like UTF-16 or UTF-32); a census file must be UTF-8", at: 0)
        }
        if n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3 }
    }

    /// Every byte sequence must be well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    private func checkUTF8() throws(CINXMLScanFailure) {
        let raw = UnsafeRawPointer(p)
        var j = 0
        while j < n {
            if j + 8 <= n, raw.loadUnaligned(fromByteOffset: j, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                j += 8
                continue
            }
            let lead = p[j]
            if lead < 0x80 { j += 1; continue }
            var length = 0, low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: throw notUTF8(at: j)
            }
            guard j + length <= n, p[j + 1] >= low, p[j + 1] <= high else { throw notUTF8(at: j) }
            for k in 2..<max(length, 2) where p[j + k] & 0xC0 != 0x80 { throw notUTF8(at: j) }
            j += length
        }
    }

    private func notUTF8(at offset: Int) -> CINXMLScanFailure {
        let hex = String(p[offset], radix: 16, uppercase: true)
        return fail("byte 0x\(hex.count == 1 ? "0" + hex : hex) is not UTF-8; a census file must be saved as UTF-8", at: offset)
    }

    /// `<?xml version="1.0" encoding="UTF-8"?>`: the encoding, when given, must be UTF-8.
    private mutating func declaration() throws(CINXMLScanFailure) {
        let start = i
        i += 5
        var sawVersion = false
        while true {
            skipSpace()
            guard i < n else { throw fail("the XML declaration is not closed", at: start) }
            if matches("?>") { i += 2; break }
            let nameStart = i
            while i < n, nameClass[Int(p[i])] != 0 { i += 1 }
            guard i > nameStart else { throw fail("unexpected character in the XML declaration", at: i) }
            let attribute = name(nameStart, i - nameStart)
            skipSpace()
            guard i < n, p[i] == 0x3D else { throw fail("'=' expected after \(attribute) in the XML declaration", at: i) }
            i += 1
            skipSpace()
            guard i < n, p[i] == 0x22 || p[i] == 0x27 else {
                throw fail("a quoted value is expected for \(attribute) in the XML declaration", at: i)
            }
            let quote = p[i], valueStart = i + 1
            i += 1
            while i < n, p[i] != quote, p[i] != 0x3C { i += 1 }
            guard i < n, p[i] == quote else { throw fail("the XML declaration is not closed", at: start) }
            let value = name(valueStart, i - valueStart)
            i += 1
            switch attribute {
            case "version":
                sawVersion = true
            case "encoding":
                let lower = value.lowercased()
                if lower != "utf-8" && lower != "utf8" {
                    throw fail("the file declares the encoding \(value); a census file must be UTF-8", at: valueStart)
                }
            case "standalone":
                break
            default:
                throw fail("\(attribute) is not allowed in the XML declaration", at: nameStart)
            }
        }
        if !sawVersion { throw fail("the XML declaration has no version", at: start) }
    }

    // MARK: - Tags

    private mutating func startTag<Events: CINXMLScanEvents>(_ events: inout Events) throws(CINXMLScanFailure) {
        let tagStart = i, tagLine = line
        i += 1
        guard nameClass[Int(p[i])] == Self.nameStart else {
            throw fail("'<' must start a tag; in text write it as &lt;", at: tagStart)
        }
        let nameStart = i
        skipName()
        let nameLength = i - nameStart
        if open.isEmpty && rootClosed {
            throw fail("a second root element <\(name(nameStart, nameLength))> after the root element closed", at: tagStart)
        }
        var attributes: [(Int, Int)] = []
        var empty = false
        while true {
            let spaced = skipSpace()
            guard i < n else { throw fail("the file ends inside the tag <\(name(nameStart, nameLength))>", at: tagStart) }
            if p[i] == 0x3E { i += 1; break }
            if p[i] == 0x2F {
                guard i + 1 < n, p[i + 1] == 0x3E else { throw fail("'/' in a tag must be followed by '>'", at: i) }
                i += 2
                empty = true
                break
            }
            guard spaced, nameClass[Int(p[i])] == Self.nameStart else {
                throw fail("unexpected character in the tag <\(name(nameStart, nameLength))>", at: i)
            }
            let attributeStart = i
            skipName()
            let attributeLength = i - attributeStart
            for (start, length) in attributes where length == attributeLength && memcmp(p + start, p + attributeStart, length) == 0 {
                throw fail("the attribute \(name(attributeStart, attributeLength)) is given twice", at: attributeStart)
            }
            attributes.append((attributeStart, attributeLength))
            skipSpace()
            guard i < n, p[i] == 0x3D else { throw fail("'=' expected after the attribute \(name(attributeStart, attributeLength))", at: i) }
            i += 1
            skipSpace()
            guard i < n, p[i] == 0x22 || p[i] == 0x27 else { throw fail("attribute values must be in quotes", at: i) }
            let quote = p[i]
            i += 1
            while true {
                guard i < n else { throw fail("an attribute value is not closed", at: attributeStart) }
                let byte = p[i]
                if byte == quote { i += 1; break }
                switch textClass[Int(byte)] {
                case Self.newline: line += 1; i += 1
                case Self.lessThan: throw fail("'<' is not allowed in an attribute value", at: i)
                case Self.forbidden: throw fail(forbiddenCharacter(byte), at: i)
                case Self.ampersand: _ = try referenceValue()
                default: i += 1
                }
            }
        }
        open.append((nameStart, nameLength, tagLine))
        seenRoot = true
        if let reason = events.start(name: UnsafeBufferPointer(start: p + nameStart, count: nameLength), line: tagLine) {
            throw fail(reason, at: tagStart)
        }
        if empty { close(&events) }
    }

    private mutating func endTag<Events: CINXMLScanEvents>(_ events: inout Events) throws(CINXMLScanFailure) {
        let tagStart = i
        i += 2
        guard i < n, nameClass[Int(p[i])] == Self.nameStart else { throw fail("a name is expected after '</'", at: i) }
        let nameStart = i
        skipName()
        let nameLength = i - nameStart
        skipSpace()
        guard i < n, p[i] == 0x3E else { throw fail("'>' expected to close </\(name(nameStart, nameLength))>", at: i) }
        i += 1
        guard let last = open.last else {
            throw fail("</\(name(nameStart, nameLength))> closes an element that is not open", at: tagStart)
        }
        guard last.length == nameLength, memcmp(p + last.start, p + nameStart, nameLength) == 0 else {
            throw fail(
                "</\(name(nameStart, nameLength))> does not match <\(name(last.start, last.length))> opened on line \(last.line)",
                at: tagStart
            )
        }
        close(&events)
    }

    private mutating func close<Events: CINXMLScanEvents>(_ events: inout Events) {
        open.removeLast()
        events.end()
        if open.isEmpty { rootClosed = true }
    }

    // MARK: - Comments, CDATA, processing instructions

    private mutating func markupDeclaration<Events: CINXMLScanEvents>(_ events: inout Events) throws(CINXMLScanFailure) {
        let start = i
        if matches("<!--") {
            i += 4
            while true {
                guard i + 1 < n else { throw fail("a comment is not closed", at: start) }
                if p[i] == 0x2D, p[i + 1] == 0x2D {
                    guard i + 2 < n, p[i + 2] == 0x3E else { throw fail("'--' is not allowed inside a comment", at: i) }
                    i += 3
                    return
                }
                try plainByte()
            }
        }
        if matches("<![CDATA[") {
            guard !open.isEmpty else { throw fail("a CDATA section outside the root element", at: start) }
            i += 9
            let contentStart = i, contentLine = line
            while true {
                guard i + 2 < n else { throw fail("a CDATA section is not closed", at: start) }
                if p[i] == 0x5D, p[i + 1] == 0x5D, p[i + 2] == 0x3E { break }
                try plainByte()
            }
            if i > contentStart {
                events.text(UnsafeBufferPointer(start: p + contentStart, count: i - contentStart), line: contentLine, stable: true)
            }
            i += 3
            return
        }
        if matches("<!DOCTYPE") {
            throw fail("document type declarations (<!DOCTYPE>) are not accepted in a census file", at: start)
        }
        throw fail("'<!' must start a comment or a CDATA section", at: start)
    }

    private mutating func processingInstruction() throws(CINXMLScanFailure) {
        let start = i
        i += 2
        guard i < n, nameClass[Int(p[i])] == Self.nameStart else {
            throw fail("a processing instruction must start with a name", at: i)
        }
        let targetStart = i
        skipName()
        if name(targetStart, i - targetStart).lowercased() == "xml" {
            throw fail("the XML declaration must be at the very start of the file", at: start)
        }
        guard i < n, isSpace(p[i]) || matches("?>") else {
            throw fail("unexpected character in a processing instruction", at: i)
        }
        while true {
            guard i + 1 < n else { throw fail("a processing instruction is not closed", at: start) }
            if p[i] == 0x3F, p[i + 1] == 0x3E { i += 2; return }
            try plainByte()
        }
    }

    /// Steps over one byte of a comment, CDATA section or processing instruction.
    private mutating func plainByte() throws(CINXMLScanFailure) {
        let kind = textClass[Int(p[i])]
        if kind == Self.newline { line += 1 } else if kind == Self.forbidden { throw fail(forbiddenCharacter(p[i]), at: i) }
        i += 1
    }

    // MARK: - References

    private mutating func reference<Events: CINXMLScanEvents>(_ events: inout Events) throws(CINXMLScanFailure) {
        let start = i, referenceLine = line
        guard !open.isEmpty else { throw fail("a reference outside the root element", at: start) }
        let length = try referenceValue()
        events.text(UnsafeBufferPointer(start: scratch, count: length), line: referenceLine, stable: false)
    }

    /// Reads `&…;` at `i` into `scratch` as UTF-8; returns the number of bytes.
    private mutating func referenceValue() throws(CINXMLScanFailure) -> Int {
        let start = i
        i += 1
        var scalar: UInt32 = 0
        if i < n, p[i] == 0x23 {
            i += 1
            var hex = false
            if i < n, p[i] == 0x78 { hex = true; i += 1 }
            let digitsStart = i
            while i < n, p[i] != 0x3B {
                guard i - digitsStart < 8 else { throw fail("a character reference is too long", at: start) }
                let byte = p[i]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x61...0x66 where hex: digit = UInt32(byte - 0x61 + 10)
                case 0x41...0x46 where hex: digit = UInt32(byte - 0x41 + 10)
                default: throw fail("a malformed character reference", at: start)
                }
                scalar = scalar * (hex ? 16 : 10) + digit
                i += 1
            }
            guard i < n, i > digitsStart else { throw fail("a malformed character reference", at: start) }
            i += 1
            let allowed = scalar == 0x9 || scalar == 0xA || scalar == 0xD || (scalar >= 0x20 && scalar <= 0xD7FF)
                || (scalar >= 0xE000 && scalar <= 0xFFFD) || (scalar >= 0x10000 && scalar <= 0x10FFFF)
            guard allowed else { throw fail("the character reference &#\(hex ? "x" : "")\(scalar); is not an allowed character", at: start) }
        } else {
            let nameStart = i
            while i < n, nameClass[Int(p[i])] != 0, i - nameStart < 32 { i += 1 }
            guard i < n, p[i] == 0x3B, i > nameStart else { throw fail("'&' must start a reference; in text write it as &amp;", at: start) }
            switch name(nameStart, i - nameStart) {
            case "lt": scalar = 0x3C
            case "gt": scalar = 0x3E
            case "amp": scalar = 0x26
            case "apos": scalar = 0x27
            case "quot": scalar = 0x22
            case let other: throw fail("the entity &\(other); is not defined", at: start)
            }
            i += 1
        }
        switch scalar {
        case ..<0x80:
            scratch[0] = UInt8(scalar)
            return 1
        case ..<0x800:
            scratch[0] = UInt8(0xC0 | (scalar >> 6))
            scratch[1] = UInt8(0x80 | (scalar & 0x3F))
            return 2
        case ..<0x10000:
            scratch[0] = UInt8(0xE0 | (scalar >> 12))
            scratch[1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
            scratch[2] = UInt8(0x80 | (scalar & 0x3F))
            return 3
        default:
            scratch[0] = UInt8(0xF0 | (scalar >> 18))
            scratch[1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
            scratch[2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
            scratch[3] = UInt8(0x80 | (scalar & 0x3F))
            return 4
        }
    }

    // MARK: - Small steps

    private func matches(_ text: StaticString) -> Bool {
        let length = text.utf8CodeUnitCount
        return i + length <= n && memcmp(p + i, text.utf8Start, length) == 0
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = i
        while i < n, isSpace(p[i]) {
            if p[i] == 0x0A { line += 1 }
            i += 1
        }
        return i > start
    }

    private mutating func skipName() {
        while i < n, nameClass[Int(p[i])] != 0 { i += 1 }
    }

    private func name(_ start: Int, _ length: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: p + start, count: min(length, 200)), as: UTF8.self)
    }

    private func forbiddenCharacter(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "the control character U+00\(hex.count == 1 ? "0" + hex : hex) is not allowed in XML"
    }

    private func fail(_ reason: String, at offset: Int) -> CINXMLScanFailure {
        CINXMLScanFailure(offset: offset, reason: reason)
    }
}

#if canImport(Glibc)
/// A regular file mapped read-only into memory, for reading without a copy.
struct MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Nil when the file cannot be opened or mapped, or is empty or not a regular file: the
    /// caller reads it the ordinary way, which says why.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { _ = Glibc.close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else { return nil }
        bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
    }

    func close() {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
#endif
