using System.Text;
using IacTest.Sdk.Tasks;

namespace IacTest.Sdk.Tests;

/// <summary>
/// The process runner of the native lint worker, with real programs: what goes in comes out, failures keep their exit
/// code and standard error, an input larger than a pipe cannot deadlock, a kill ends the program, and a program that
/// is not there is an error.
/// </summary>
public sealed class WorkerProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-worker-").FullName;

    private string ErrorFile => Path.Combine(_folder, "stderr");

    [Fact]
    public void A_program_gets_the_input_and_its_output_comes_back()
    {
        var output = new MemoryStream();

        var outcome = new WorkerProcess().Run("/bin/cat", [], [], Encoding.UTF8.GetBytes("a line\n"), output, ErrorFile);

        outcome.ExitCode.ShouldBe(0);
        Encoding.UTF8.GetString(output.ToArray()).ShouldBe("a line\n");
    }

    [Fact]
    public void An_input_larger_than_a_pipe_goes_through_a_program_that_prints_while_it_reads()
    {
        // Given 4 MiB, far more than both pipes hold, to a program that echoes as it reads
        var input = new byte[4 * 1024 * 1024];
        new Random(7).NextBytes(input);
        var output = new MemoryStream();

        // When it runs (a deadlock would hang here; the test run's timeout ends it)
        var outcome = new WorkerProcess().Run("/bin/cat", [], [], input, output, ErrorFile);

        // Then all of it came back in order
        outcome.ExitCode.ShouldBe(0);
        output.ToArray().SequenceEqual(input).ShouldBeTrue();
    }

    [Theory]
    [InlineData(512 * 1024)] // an enlarged pipe holds it
    [InlineData(3 * 1024 * 1024)] // beyond what a pipe may hold: a thread writes it
    public async Task An_input_of_any_size_cannot_deadlock_a_program_that_echoes_it(int size)
    {
        var input = new byte[size];
        new Random(size).NextBytes(input);
        var output = new MemoryStream();
        var process = new WorkerProcess();

        var run = Task.Run(() => process.Run("/bin/cat", [], [], input, output, ErrorFile));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));
        if (finished != run)
        {
            process.Kill();
        }

        finished.ShouldBe(run, "the runner and the program blocked each other");
        (await run).ExitCode.ShouldBe(0);
        output.ToArray().SequenceEqual(input).ShouldBeTrue();
    }

    [Fact]
    public void A_program_sees_the_environment_it_is_given_and_nothing_else()
    {
        var output = new MemoryStream();

        var outcome = new WorkerProcess().Run("/usr/bin/env", [], ["GREETING=hello world", "EMPTY="], [], output, ErrorFile);

        outcome.ExitCode.ShouldBe(0);
        Encoding.UTF8.GetString(output.ToArray()).ShouldBe("GREETING=hello world\nEMPTY=\n");
    }

    [Fact]
    public void A_failing_program_keeps_its_exit_code_and_standard_error()
    {
        var output = new MemoryStream();

        var outcome = new WorkerProcess().Run("/bin/sh", ["-c", "echo broken >&2; exit 3"], [], [], output, ErrorFile);

        outcome.ExitCode.ShouldBe(3);
        outcome.ToString().ShouldBe("exit code 3");
        output.Length.ShouldBe(0);
        File.ReadAllText(ErrorFile).ShouldBe("broken\n");
    }

    [Fact]
    public void A_program_that_stops_reading_early_is_judged_by_its_outcome()
    {
        var output = new MemoryStream();

        var outcome = new WorkerProcess().Run("/bin/sh", ["-c", "echo early; exit 0"], [], new byte[1024 * 1024], output, ErrorFile);

        outcome.ExitCode.ShouldBe(0);
        Encoding.UTF8.GetString(output.ToArray()).ShouldBe("early\n");
    }

    [Fact]
    public async Task A_killed_program_ends_with_the_kill_signal()
    {
        // Given a program that would run for a minute
        var process = new WorkerProcess();
        var run = Task.Run(() => process.Run("/bin/sleep", ["60"], [], [], new MemoryStream(), ErrorFile));
        await Task.Delay(300);

        // When it is killed
        process.Kill();
        var outcome = await run.WaitAsync(TimeSpan.FromSeconds(10));

        // Then the kill ended it
        outcome.ExitCode.ShouldBeNull();
        outcome.Signal.ShouldBe(9);
        outcome.ToString().ShouldBe("signal 9");
    }

    [Fact]
    public void A_runner_that_was_killed_runs_nothing_more()
    {
        var process = new WorkerProcess();
        process.Kill();

        Should.Throw<OperationCanceledException>(() => process.Run("/bin/cat", [], [], [], new MemoryStream(), ErrorFile));
    }

    [Fact]
    public void A_program_that_is_not_there_is_an_error_that_names_it()
    {
        var missing = Path.Combine(_folder, "no-such-program");

        var error = Should.Throw<IOException>(() => new WorkerProcess().Run(missing, [], [], [], new MemoryStream(), ErrorFile));

        error.Message.ShouldContain(missing);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
