/// DIN 5008 form B measures for an A4 letter that goes into a window envelope, in mm from
/// the top-left paper edge (docs/channels.md §4).
///
/// The address field sits 20 mm from the left and 45 mm from the top and is 85 × 45 mm:
/// a 17.7 mm "Zusatz- und Vermerkzone" (with the sender's return line at its foot) above
/// a 27.3 mm "Anschriftzone" of at most 6 recipient lines. The sheet is folded at 105 mm
/// and 210 mm (fold marks), punched at 148.5 mm (hole mark).
public enum LetterLayout {
    /// A4 paper width.
    public static let pageWidth = 210.0
    /// A4 paper height.
    public static let pageHeight = 297.0
    /// Distance of the address field from the left paper edge.
    public static let addressLeft = 20.0
    /// Distance of the address field from the top paper edge (form B; form A is 27 mm).
    public static let addressTop = 45.0
    /// Width of the address field.
    public static let addressWidth = 85.0
    /// Height of the address field.
    public static let addressHeight = 45.0
    /// Height of the upper zone of the field (remarks and the return line).
    public static let additionZoneHeight = 17.7
    /// Height of the lower zone that holds the recipient lines.
    public static let recipientZoneHeight = 27.3
    /// The most recipient lines the recipient zone holds (no blank lines).
    public static let maximumRecipientLines = 6
    /// Left and top edge of the information block (date, reference, customer number).
    public static let infoBlockLeft = 125.0
    /// Top edge of the information block.
    public static let infoBlockTop = 50.0
    /// Width of the information block.
    public static let infoBlockWidth = 75.0
    /// Text margin on the left.
    public static let marginLeft = 25.0
    /// Text margin on the right.
    public static let marginRight = 20.0
    /// Text margin at the top of every page (the first page places its head absolutely).
    public static let marginTop = 20.0
    /// Text margin at the bottom (holds the page number).
    public static let marginBottom = 20.0
    /// Where the body text starts on the first page, below the address field and info block.
    public static let firstPageBodyTop = 100.0
    /// Fold marks (form B).
    public static let foldMarks = [105.0, 210.0]
    /// The hole (punch) mark.
    public static let holeMark = 148.5
    /// Smallest font size in the address field, in points.
    public static let minimumAddressFontSize = 8.0

    /// The window envelopes this layout fits (DIN 678 sizes, DIN 680 windows, numbers from
    /// docs/channels.md §4.2). C5's window position comes from one truncated source:
    /// confirm it with the envelope supplier. C6 is not modelled (see docs/channels.md).
    public static let envelopes: [Envelope] = [
        Envelope(name: "DL", width: 220, height: 110, windowLeft: 20, windowTop: 50, windowWidth: 90, windowHeight: 45,
                 foldedSheetWidth: 210, foldedSheetHeight: 105),
        Envelope(name: "C6/5", width: 229, height: 114, windowLeft: 20, windowTop: 54, windowWidth: 90,
                 windowHeight: 45, foldedSheetWidth: 210, foldedSheetHeight: 105),
        Envelope(name: "C5", width: 229, height: 162, windowLeft: 20, windowTop: 57, windowWidth: 90,
                 windowHeight: 45, foldedSheetWidth: 210, foldedSheetHeight: 148.5),
    ]
}

/// A window envelope and the folded sheet it takes, in mm (window measured from the
/// envelope's top-left corner).
public struct Envelope: Sendable, Hashable {
    /// The DIN name, such as `DL`.
    public var name: String
    /// Envelope width.
    public var width: Double
    /// Envelope height.
    public var height: Double
    /// Window distance from the left edge.
    public var windowLeft: Double
    /// Window distance from the top edge.
    public var windowTop: Double
    /// Window width.
    public var windowWidth: Double
    /// Window height.
    public var windowHeight: Double
    /// Width of the folded sheet's front panel.
    public var foldedSheetWidth: Double
    /// Height of the folded sheet's front panel.
    public var foldedSheetHeight: Double

    /// How far the folded sheet can slide down inside the envelope.
    public var verticalPlay: Double { height - foldedSheetHeight }

    /// Whether the recipient zone of the address field shows fully through the window when
    /// the sheet has slid `offset` mm down from the envelope's top edge (and is centred
    /// horizontally).
    public func showsRecipientZone(sheetOffset offset: Double) -> Bool {
        let top = LetterLayout.addressTop + LetterLayout.additionZoneHeight + offset
        let bottom = LetterLayout.addressTop + LetterLayout.addressHeight + offset
        let left = LetterLayout.addressLeft + (width - foldedSheetWidth) / 2
        return top >= windowTop && bottom <= windowTop + windowHeight && left >= windowLeft
            && left < windowLeft + windowWidth
    }
}
