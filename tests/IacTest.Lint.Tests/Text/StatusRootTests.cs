using IacTest.Lint.Text;

namespace IacTest.Lint.Tests.Text;

/// <summary>
/// The status calls a build takes relative to its project folder tell what <see cref="FileInfo"/> and
/// <see cref="DirectoryInfo"/> tell, so the cache's stamps and the folder probes mean the same whichever answers.
/// </summary>
public sealed class StatusRootTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("iactest-status-").FullName;

    public void Dispose() => Directory.Delete(_project, recursive: true);

    [Fact]
    public void On_linux_the_native_call_answers()
    {
        // Linux with glibc (every CI machine) makes the statx calls; other systems answer through FileInfo.
        if (OperatingSystem.IsLinux() && File.Exists("/etc/debian_version"))
        {
            StatusRoot.NativeCalls.ShouldBeTrue();
        }
    }

    [Fact]
    public void A_file_below_the_folder_has_the_size_and_write_time_FileInfo_gives()
    {
        // Given a file two folders down, with a write time that has a fraction of a second
        var file = Write(Path.Combine("roles", "web", "tasks", "main.yml"), "---\n- name: A task\n");
        File.SetLastWriteTimeUtc(file, new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(1_234_567));
        var info = new FileInfo(file);

        // When its status is taken relative to the project folder
        using var root = StatusRoot.At(_project);
        var status = root.Of(file);

        // Then it is what .NET tells
        status.ShouldBe(new PathStatus(PathKind.File, false, info.Length, info.LastWriteTimeUtc.Ticks));
    }

    [Fact]
    public void A_folder_and_a_symlinked_folder_are_told_apart_and_a_missing_path_is_missing()
    {
        // Given a folder and a link to it
        var roles = Path.Combine(_project, "roles");
        Directory.CreateDirectory(roles);
        var linked = Path.Combine(_project, "linked-roles");
        Directory.CreateSymbolicLink(linked, roles);

        // When their status is taken
        using var root = StatusRoot.At(_project);

        // Then the folder is a folder with DirectoryInfo's write time; the link is a folder that is a link
        root.Of(roles).ShouldBe(new PathStatus(PathKind.Directory, false, 0, new DirectoryInfo(roles).LastWriteTimeUtc.Ticks));
        root.Of(linked).Kind.ShouldBe(PathKind.Directory);
        root.Of(linked).IsLink.ShouldBeTrue();
        root.Of(Path.Combine(_project, "missing.yml")).ShouldBe(PathStatus.Missing);
        root.Of(Path.Combine(_project, "roles", "missing", "main.yml")).ShouldBe(PathStatus.Missing);
    }

    [Fact]
    public void A_path_outside_the_folder_is_taken_whole()
    {
        // Given a file elsewhere, and a sibling folder whose name starts like the project's
        var outside = Directory.CreateTempSubdirectory("iactest-status-outside-").FullName;
        var sibling = _project + "-sibling";
        try
        {
            var file = Path.Combine(outside, "site.yml");
            File.WriteAllText(file, "---\n");
            Directory.CreateDirectory(sibling);
            var siblingFile = Path.Combine(sibling, "site.yml");
            File.WriteAllText(siblingFile, "---\n- hosts: all\n");

            // When their status is taken relative to the project folder
            using var root = StatusRoot.At(_project);

            // Then each is found at its own full path
            root.Of(file).Length.ShouldBe(4);
            root.Of(siblingFile).Length.ShouldBe(17);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
            Directory.Delete(sibling, recursive: true);
        }
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_project, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
