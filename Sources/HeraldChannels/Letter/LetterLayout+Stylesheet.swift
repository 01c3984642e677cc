extension LetterLayout {
    /// A millimetre length for CSS, such as `25mm` or `17.7mm`.
    static func mm(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return text + "mm"
    }

    /// The print stylesheet every letter template includes (also printed in docs/channels.md).
    ///
    /// Pages have the top, right and bottom text margins; the left text margin is the body's
    /// own margin, so the page area starts at the left paper edge. Browsers clip what lies in
    /// a page margin, and the fold marks, the hole mark and the address field (20 mm, left of
    /// the 25 mm text margin) must print. First-page elements are placed absolutely relative
    /// to the page area: their left offsets are paper positions, their top offsets the paper
    /// positions minus the top margin. The address text is indented 5 mm inside its field, so
    /// it lines up with the body text. Page numbers use the `@bottom-right` margin box
    /// (`counter(page)` of `counter(pages)`).
    /// Class names: `return-line`, `address`, `info-block`, `subject`, `invoices`,
    /// `fold-mark fold-1`, `fold-mark fold-2`, `hole-mark`, `letter-head`.
    public static var stylesheet: String {
        let x = { (paper: Double) in mm(paper) }
        let y = { (paper: Double) in mm(paper - marginTop) }
        return """
            @page { size: A4; margin: \(mm(marginTop)) \(mm(marginRight)) \(mm(marginBottom)) 0;
              @bottom-right { content: counter(page) " / " counter(pages); font: 8pt sans-serif; } }
            html { font: 10pt/1.4 "DejaVu Sans", Arial, sans-serif; color: #000; }
            body { margin: 0 0 0 \(mm(marginLeft)); }
            .letter-head { height: \(y(firstPageBodyTop)); }
            .address { position: absolute; left: \(x(addressLeft)); top: \(y(addressTop)); width: \(mm(addressWidth)); height: \(mm(addressHeight)); padding-left: \(mm(marginLeft - addressLeft)); box-sizing: border-box; overflow: hidden; }
            .address .return-line { height: \(mm(additionZoneHeight)); font-size: \(Int(minimumAddressFontSize))pt; display: table-cell; vertical-align: bottom; }
            .address .recipient { height: \(mm(recipientZoneHeight)); font-size: 10pt; line-height: 1.15; margin: 0; }
            .info-block { position: absolute; left: \(x(infoBlockLeft)); top: \(y(infoBlockTop)); width: \(mm(infoBlockWidth)); font-size: 9pt; }
            .subject { font-weight: bold; margin: 0 0 8mm 0; }
            table.invoices { width: 100%; border-collapse: collapse; margin: 4mm 0; }
            table.invoices th, table.invoices td { border-bottom: 0.2mm solid #999; padding: 1mm 2mm; text-align: left; }
            table.invoices td.amount, table.invoices th.amount { text-align: right; }
            .fold-mark, .hole-mark { position: absolute; left: \(x(3)); width: 5mm; height: 0; border-top: 0.2mm solid #000; }
            .fold-1 { top: \(y(foldMarks[0])); }
            .fold-2 { top: \(y(foldMarks[1])); }
            .hole-mark { top: \(y(holeMark)); width: 7mm; }
            """
    }
}
