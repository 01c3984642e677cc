/// How far a run has got, reported after every committed batch.
public struct RunProgress: Sendable {
    /// Input records handled so far.
    public var records: Int
    /// Messages written so far.
    public var messages: Int
    /// Rejects so far.
    public var rejects: Int
    /// Input bytes read so far (0 when unknown, as for CSV).
    public var bytesRead: Int
    /// The input's size in bytes (0 when unknown).
    public var bytesTotal: Int
    /// Seconds since the run started.
    public var seconds: Double

    /// The fraction done, from 0 to 1, when the input size is known.
    public var fraction: Double? {
        bytesTotal > 0 && bytesRead > 0 ? min(1, Double(bytesRead) / Double(bytesTotal)) : nil
    }
}
