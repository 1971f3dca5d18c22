namespace IacTest.Harness.Snapshots;

/// <summary>A value did not match its verified snapshot; the message holds the unified diff and how to accept.</summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SnapshotMismatchException(string message, string verifiedPath, string receivedPath, string diff)
        : base(message)
    {
        VerifiedPath = verifiedPath;
        ReceivedPath = receivedPath;
        Diff = diff;
    }

    /// <summary>The <c>*.verified.*</c> file.</summary>
    public string VerifiedPath { get; }

    /// <summary>The <c>*.received.*</c> file written with the new value.</summary>
    public string ReceivedPath { get; }

    /// <summary>The unified diff from verified to received (everything as added when there is no verified file).</summary>
    public string Diff { get; }
}
