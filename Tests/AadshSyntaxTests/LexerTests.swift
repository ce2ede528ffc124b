import AadshSyntax
import Testing

/// Token-level behaviour and numeric literal values.
struct LexerTests {
  func tokens(_ s: String, _ mode: LexMode) -> [TokenKind] {
    var lexer = Lexer(file: SourceFile(text: s))
    var kinds: [TokenKind] = []
    while true {
      let t = lexer.next(mode)
      if t.kind == .endOfInput { return kinds }
      kinds.append(t.kind)
    }
  }

  @Test func modes() {
    #expect(tokens("Get-Item -Path x", .command) == [.generic, .parameter, .generic])
    #expect(tokens("$a -eq 1", .expression) == [.variable, .dashOperator, .number])
    #expect(
      tokens("a | b && c || d &", .command) == [
        .generic, .pipe, .generic, .andAnd, .generic, .orOr, .generic, .ampersand,
      ])
    #expect(
      tokens("2>&1 > x >> y *> z", .command) == [
        .mergingRedirection, .fileRedirection, .generic, .fileRedirection, .generic, .fileRedirection, .generic,
      ])
    #expect(tokens("$a -lt 5 > 3", .expression) == [.variable, .dashOperator, .number, .fileRedirection, .number])
    #expect(
      tokens("@( @{ $( ?. ?[ ?? ??= :: ..", .expression) == [
        .atParen, .atCurly, .dollarParen, .questionDot, .questionLBracket, .questionQuestion, .questionQuestionEquals,
        .colonColon, .dotDot,
      ])
    #expect(tokens("x `\ny", .command) == [.generic, .generic])
    #expect(tokens("<# c #> a # d", .command) == [.generic])
    #expect(tokens(":lbl", .command) == [.label])
  }

  func number(_ s: String) -> LiteralValue? {
    var lexer = Lexer(file: SourceFile(text: s))
    let t = lexer.next(.expression)
    guard t.kind == .number, t.end == s.utf8.count, case .number(let v) = lexer.value(of: t) else { return nil }
    return v
  }

  @Test func numbers() {
    #expect(number("42") == .int32(42))
    #expect(number("0x1F") == .int32(31))
    #expect(number("0xFFFFFFFF") == .int32(-1))
    #expect(number("0xFFFFFFFFu") == .uint32(4_294_967_295))
    #expect(number("0xFFFFFFFFFFFFFFFF") == .int64(-1))
    #expect(number("0x100000000") == .int64(4_294_967_296))
    #expect(number("0b101") == .int32(5))
    #expect(number("0b11111111") == .int32(-1))
    #expect(number("1e3") == .double(1000))
    #expect(number(".5") == .double(0.5))
    #expect(number("1kb") == .int32(1024))
    #expect(number("1.5gb") == .double(1_610_612_736))
    #expect(number("10l") == .int64(10))
    #expect(number("1.5d") == .decimal("1.5"))
    #expect(number("7u") == .uint32(7))
    #expect(number("7ul") == .uint64(7))
    #expect(number("7s") == .int16(7))
    #expect(number("7us") == .uint16(7))
    #expect(number("7y") == .sbyte(7))
    #expect(number("7uy") == .byte(7))
    #expect(number("7n") == .bigInteger("7"))
    #expect(number("3000000000") == .int64(3_000_000_000))
    #expect(number("99999999999999999999") == .decimal("99999999999999999999"))
    #expect(number("7z") == nil)
  }

  @Test func badNumericConstant() {
    #expect(errorIDs("0x1FFFFFFFFFFFFFFFF") == ["BadNumericConstant"])
    #expect(errorIDs("echo 0x1FFFFFFFFFFFFFFFF").isEmpty)
  }
}
