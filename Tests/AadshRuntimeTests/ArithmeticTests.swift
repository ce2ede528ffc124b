import Foundation
import Testing
@testable import AadshRuntime

private func show(_ v: PSValue) -> String { PSType.of(v).name + ":" + PSConvert.toString(v, ofs: ",") }

// NumericOps.cs (IntOps/LongOps/DoubleOps/DecimalOps) and BinaryAdd/BinarySubDivOrRem in Binders.cs.
@Test(arguments: [
  (PSValue.int(1), PSValue.int(2), "Int32:3"), (.int(Int32.max), .int(1), "Double:2147483648"),
  (.long(Int64.max), .int(1), "Double:9.22337203685478E+18"), (.int(1), .long(2), "Int64:3"),
  (.int(1), .double(0.5), "Double:1.5"), (.int(1), .decimal(2), "Decimal:3"), (.double(0.1), .double(0.2), "Double:0.3"),
  (.string("1"), .int(2), "String:12"), (.int(1), .string("2"), "Int32:3"), (.int(1), .string("0x10"), "Int32:17"),
  (.null, .int(5), "Int32:5"), (.int(5), .null, "Int32:5"), (.bool(true), .int(1), "Int32:2"),
  (.char(0x61), .int(1), "String:a1"), (.string("a"), .list([.int(1), .int(2)]), "String:a1 2"),
  (.list([.int(1), .int(2)]), .int(3), "Object[]:1,2,3"), (.list([.int(1)]), .list([.int(2), .int(3)]), "Object[]:1,2,3"),
  (.int(1), .string("1.5"), "Double:2.5"), (.decimal(1), .double(0.5), "Decimal:1.5"),
])
func addition(_ l: PSValue, _ r: PSValue, _ expected: String) throws {
  #expect(show(try PSArith.add(l, r)) == expected)
}

@Test(arguments: [
  (PSValue.int(10), PSValue.int(4), "sub", "Int32:6"), (.string("10"), .int(1), "sub", "Int32:9"),
  (.string("10"), .string("3"), "sub", "Int32:7"), (.null, .int(3), "sub", "Int32:-3"),
  (.int(Int32.min), .int(1), "sub", "Double:-2147483649"), (.int(5), .int(2), "div", "Double:2.5"),
  (.int(6), .int(2), "div", "Int32:3"), (.long(6), .int(3), "div", "Int64:2"), (.int(1), .double(0), "div", "Double:Infinity"),
  (.int(Int32.min), .int(-1), "div", "Double:2147483648"), (.int(7), .int(3), "rem", "Int32:1"),
  (.int(-7), .int(3), "rem", "Int32:-1"), (.double(5.5), .int(2), "rem", "Double:1.5"), (.int(2), .int(3), "mul", "Int32:6"),
  (.int(65536), .int(65536), "mul", "Double:4294967296"), (.string("0x10"), .int(1), "mul", "String:0x10"),
  (.int(1), .string("0x10"), "mul", "Int32:16"), (.string("ab"), .int(3), "mul", "String:ababab"),
  (.list([.int(1), .int(2)]), .int(2), "mul", "Object[]:1,2,1,2"), (.null, .int(3), "mul", "Object:"),
  (.int(2), .null, "mul", "Int32:0"), (.decimal(1), .decimal(3), "div", "Decimal:0.3333333333333333333333333333"),
  (.decimal(10), .decimal(4), "rem", "Decimal:2"), (.string(""), .string(""), "sub", "Int32:0"),
])
func otherOperators(_ l: PSValue, _ r: PSValue, _ op: String, _ expected: String) throws {
  let v: PSValue
  switch op {
  case "sub": v = try PSArith.subtract(l, r)
  case "div": v = try PSArith.divide(l, r)
  case "rem": v = try PSArith.remainder(l, r)
  default: v = try PSArith.multiply(l, r)
  }
  #expect(show(v) == expected)
}

@Test func arithmeticErrors() {
  func failure(_ body: () throws(RuntimeError) -> PSValue) -> RuntimeError? {
    do { _ = try body(); return nil } catch { return error }
  }
  let dz = failure { () throws(RuntimeError) in try PSArith.divide(.int(1), .int(0)) }
  #expect(dz?.message == "Attempted to divide by zero.")
  #expect(dz?.errorId == "RuntimeException")
  #expect(failure { () throws(RuntimeError) in try PSArith.remainder(.long(1), .long(0)) }?.message
    == "Attempted to divide by zero.")
  #expect(failure { () throws(RuntimeError) in try PSArith.divide(.decimal(1), .int(0)) }?.message
    == "Attempted to divide by zero.")
  let bad = failure { () throws(RuntimeError) in try PSArith.subtract(.string("abc"), .int(1)) }
  #expect(bad?.errorId == "InvalidCastFromStringToInteger")
  #expect(bad?.message ==
    "Cannot convert value \"abc\" to type \"System.Int32\". Error: \"The input string 'abc' was not in a correct format.\"")
  let ht = failure { () throws(RuntimeError) in try PSArith.add(.hashtable(PSHashtable()), .int(1)) }
  #expect(ht?.errorId == "AddHashTableToNonHashTable")
  #expect(ht?.message == "A hash table can only be added to another hash table.")
  let op = failure { () throws(RuntimeError) in try PSArith.add(.int(1), .list([.int(2)])) }
  #expect(op?.errorId == "MethodNotFound")
  #expect(op?.message == "Method invocation failed because [System.Object[]] does not contain a method named 'op_Addition'.")
  let nd = failure { () throws(RuntimeError) in try PSArith.multiply(.bool(true), .int(2)) }
  #expect(nd?.message == "The operation '[System.Boolean] * [System.Int32]' is not defined.")
}

@Test func hashtableAddition() throws {
  let a = PSHashtable()
  a[string: "a"] = .int(1)
  let b = PSHashtable()
  b[string: "b"] = .int(2)
  guard case .hashtable(let c) = try PSArith.add(.hashtable(a), .hashtable(b)) else { Issue.record("no"); return }
  #expect(c.count == 2 && a.count == 1)
  b[string: "A"] = .int(3)
  do {
    _ = try PSArith.add(.hashtable(a), .hashtable(b))
    Issue.record("expected failure")
  } catch {
    #expect(error.message == "Item has already been added. Key in dictionary: 'a'  Key being added: 'A'")
  }
}

// Unary minus, -bnot, -band/-bor/-bxor, -shl/-shr (Binders.cs UnaryMinus, BinaryBitwiseOp, Shift).
@Test func unaryAndBitwise() throws {
  #expect(show(try PSArith.negate(.int(5))) == "Int32:-5")
  #expect(show(try PSArith.negate(.string("5"))) == "Int32:-5")
  #expect(show(try PSArith.negate(.null)) == "Int32:0")
  #expect(show(try PSArith.negate(.int(Int32.min))) == "Int32:-2147483648")
  #expect(show(try PSArith.band(.int(6), .int(3))) == "Int32:2")
  #expect(show(try PSArith.bor(.int(6), .int(3))) == "Int32:7")
  #expect(show(try PSArith.bxor(.int(6), .int(3))) == "Int32:5")
  #expect(show(try PSArith.band(.long(6), .int(3))) == "Int64:2")
  #expect(show(try PSArith.band(.string("6"), .int(3))) == "Int32:2")
  #expect(show(try PSArith.band(.int(1), .null)) == "Int32:0")
  #expect(show(try PSArith.bor(.double(4.0), .int(1))) == "Int64:5")
  #expect(show(try PSArith.bnot(.int(0))) == "Int32:-1")
  #expect(show(try PSArith.bnot(.long(0))) == "Int64:-1")
  #expect(show(try PSArith.shl(.int(1), .int(4))) == "Int32:16")
  #expect(show(try PSArith.shl(.int(1), .int(33))) == "Int32:2")
  #expect(show(try PSArith.shr(.int(-16), .int(2))) == "Int32:-4")
  #expect(show(try PSArith.shl(.long(1), .int(40))) == "Int64:1099511627776")
}
