using System.Diagnostics;
using IacTest.Harness.Terraform;

namespace IacTest.Harness.Tests.Terraform;

public sealed class TerraformBinaryTests
{
    [TerraformFact]
    public void The_binary_found_reports_the_version_it_prints_itself()
    {
        // Given the binary the harness found
        var binary = TerraformBinary.Find();

        // When the same executable is asked directly
        using var process = Process.Start(new ProcessStartInfo(binary.Path, "version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var firstLine = process.StandardOutput.ReadLine();
        process.WaitForExit();

        // Then the version matches what it prints (e.g. "Terraform v1.11.4" or "OpenTofu v1.8.0")
        firstLine.ShouldBe($"{binary.Product} v{binary.Version}");
        binary.ToString().ShouldContain(binary.Path);
    }

    [Fact]
    public void A_missing_executable_is_refused_with_its_path()
    {
        // Given a path where nothing is
        var path = Path.Combine(Path.GetTempPath(), "iactest-no-such-dir", "terraform");

        // When it is used as the binary
        var error = Should.Throw<TerraformUnavailableException>(() => TerraformBinary.At(path));

        // Then the message names it
        error.Message.ShouldBe($"'{path}' does not exist.");
    }

    [Fact]
    public void An_executable_that_is_not_terraform_is_refused()
    {
        // Given a program that reports no Terraform version
        var path = OperatingSystem.IsWindows() ? @"C:\Windows\System32\where.exe" : "/bin/true";

        // When it is used as the binary
        var error = Should.Throw<TerraformUnavailableException>(() => TerraformBinary.At(path));

        // Then the message says why it is not usable
        error.Message.ShouldContain(path);
    }
}
