using IacTest.Harness.Snapshots;

namespace IacTest.Harness.Tests.Modules;

public sealed class SnapshotTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("iactest-snap-").FullName;

    [Fact]
    public void A_mismatch_writes_received_and_shows_a_unified_diff()
    {
        // Given a verified snapshot written with CRLF line endings
        var settings = new SnapshotSettings { Directory = folder, Accept = false };
        var verified = Path.Combine(folder, "SnapshotTests.Probe.verified.conf");
        File.WriteAllText(verified, "a\r\nb\r\nc\r\nd\r\ne\r\nf\r\ng\r\nh\r\n");

        // When
        var error = Should.Throw<SnapshotMismatchException>(() =>
            Snapshot.Match("a\nb\nc\nd\nE\nf\ng\nh\ni\n", extension: "conf", settings: settings, sourceFile: "/src/SnapshotTests.cs", testName: "Probe"));

        // Then
        error.Diff.ShouldBe(
            "--- SnapshotTests.Probe.verified.conf\n+++ SnapshotTests.Probe.received.conf\n"
            + "@@ -2,7 +2,8 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n+i\n");
        error.VerifiedPath.ShouldBe(verified);
        File.ReadAllText(error.ReceivedPath).ShouldBe("a\nb\nc\nd\nE\nf\ng\nh\ni\n");
        error.Message.ShouldStartWith($"The value does not match the verified snapshot {verified}\nReceived: {error.ReceivedPath}\n");
        error.Message.ShouldContain("IACTEST_ACCEPT=1");
        error.Message.ShouldEndWith(error.Diff);
    }

    [Fact]
    public void A_secret_in_the_value_is_masked_in_the_received_file_and_the_diff()
    {
        // Given: a rendered configuration holding a secret, and a verified snapshot that holds the placeholder
        var password = IacTest.Harness.Secrets.SecretValue.Of("pw-" + Guid.NewGuid().ToString("N"));
        var settings = new SnapshotSettings { Directory = folder, Accept = false };
        File.WriteAllText(Path.Combine(folder, "S.T.verified.conf"), "user=app\npassword=********\nport=80\n");

        // When: the port changed
        var error = Should.Throw<SnapshotMismatchException>(() =>
            Snapshot.Match($"user=app\npassword={password.Reveal()}\nport=8080\n", extension: "conf", settings: settings, sourceFile: "/src/S.cs", testName: "T"));

        // Then: only the port differs; the secret is in neither the received file nor the message
        error.Diff.ShouldBe("--- S.T.verified.conf\n+++ S.T.received.conf\n@@ -1,3 +1,3 @@\n user=app\n password=********\n-port=80\n+port=8080\n");
        File.ReadAllText(error.ReceivedPath).ShouldNotContain(password.Reveal());
        error.Message.ShouldNotContain(password.Reveal());
    }

    [Fact]
    public void Equal_text_passes_ignoring_line_endings_and_removes_a_stale_received_file()
    {
        // Given
        var settings = new SnapshotSettings { Directory = folder, Accept = false };
        File.WriteAllText(Path.Combine(folder, "X.T.verified.txt"), "one\r\ntwo\r\n");
        var received = Path.Combine(folder, "X.T.received.txt");
        File.WriteAllText(received, "old");

        // When
        Snapshot.Match("one\ntwo\n", settings: settings, sourceFile: "/src/X.cs", testName: "T");

        // Then
        File.Exists(received).ShouldBeFalse();
    }

    [Fact]
    public void Accepting_writes_the_verified_file_with_LF_and_no_received_file()
    {
        // Given no verified file
        var settings = new SnapshotSettings { Directory = folder, Accept = true };

        // When
        Snapshot.Match("x\r\ny\r\n", name: "web 01", extension: "yaml", settings: settings, sourceFile: "/src/X.cs", testName: "T");

        // Then
        File.ReadAllBytes(Path.Combine(folder, "X.T.web_01.verified.yaml")).ShouldBe("x\ny\n"u8.ToArray());
        File.Exists(Path.Combine(folder, "X.T.web_01.received.yaml")).ShouldBeFalse();
    }

    [Fact]
    public void A_missing_verified_file_fails_with_everything_as_added()
    {
        // When
        var error = Should.Throw<SnapshotMismatchException>(() =>
            Snapshot.Match("new\n", settings: new SnapshotSettings { Directory = folder, Accept = false }, sourceFile: "/src/X.cs", testName: "Fresh"));

        // Then
        error.Message.ShouldStartWith($"No verified snapshot yet: {Path.Combine(folder, "X.Fresh.verified.txt")}\n");
        error.Diff.ShouldBe("--- X.Fresh.verified.txt\n+++ X.Fresh.received.txt\n@@ -0,0 +1 @@\n+new\n");
    }

    [Fact]
    public void Scrubbers_replace_volatile_values_with_numbered_placeholders()
    {
        // Given
        var settings = new SnapshotSettings { Directory = folder, Accept = true }
            .WithScrubber(Scrubbers.Literal(folder, "{TempFolder}"))
            .WithScrubber(Scrubbers.Pattern(@"pid=\d+", "pid={pid}"));
        var text = $"id 3f2504e0-4f89-11d3-9a0c-0305e82c3301 at 2024-05-01T10:00:00.123Z\n"
            + $"again 3F2504E0-4F89-11D3-9A0C-0305E82C3301, other 6ba7b810-9dad-11d1-80b4-00c04fd430c8 at 2024-05-01 10:00:05+02:00\n"
            + $"dir {folder}/out pid=4242\n";

        // When
        Snapshot.Match(text, settings: settings, sourceFile: "/src/X.cs", testName: "Scrub");

        // Then
        File.ReadAllText(Path.Combine(folder, "X.Scrub.verified.txt")).ShouldBe(
            "id Guid_1 at DateTime_1\nagain Guid_1, other Guid_2 at DateTime_2\ndir {TempFolder}/out pid={pid}\n");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
