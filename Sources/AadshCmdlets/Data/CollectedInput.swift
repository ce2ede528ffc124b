/// Pipeline input a cmdlet keeps until `end` (ConvertTo-Json, ConvertFrom-Json), held by reference so
/// appending stays linear however the runtime stores the cmdlet value.
final class CollectedInput<Element> {
  var items: [Element] = []

  func append(_ item: Element) { items.append(item) }
  var isEmpty: Bool { items.isEmpty }
  var count: Int { items.count }
}
