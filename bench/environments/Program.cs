using System.Diagnostics;
using System.Globalization;
using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Dsl;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;

// Measures, on one engine and one image:
//  1. raw `docker run -d --init` + `docker rm -f` against the harness's StartAsync + DisposeAsync (target ≤ 1.3×);
//  2. four smoke-test scenarios run in parallel against the same four run one after another (target ≤ 0.6×),
//     in alternating rounds, medians compared.
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
Console.WriteLine($"[bench] ensuring the busybox base image");
var image = await BaseImages.EnsureAsync(BaseImage.Busybox, line => Console.WriteLine("[bench]   " + line));

// Warm-up: first use pays for engine discovery, the reaper pass and the JIT.
await using (await new EnvironmentBuilder().WithImage(image).StartAsync())
{
}

await Docker("run", "-d", "--init", "--name", "iactest-bench-warmup", image, "tail", "-f", "/dev/null");
await Docker("rm", "-f", "iactest-bench-warmup");

Console.WriteLine($"[bench] lifecycle: {iterations} iterations each");
var raw = new List<double>();
var harness = new List<double>();
for (var i = 0; i < iterations; i++)
{
    var clock = Stopwatch.StartNew();
    var name = $"iactest-bench-raw-{Environment.ProcessId}-{i}";
    await Docker("run", "-d", "--init", "--label", "iactest.bench=1", "--name", name, image, "tail", "-f", "/dev/null");
    await Docker("rm", "-f", name);
    raw.Add(clock.Elapsed.TotalMilliseconds);

    clock.Restart();
    var env = await new EnvironmentBuilder().WithImage(image).StartAsync();
    await env.DisposeAsync();
    harness.Add(clock.Elapsed.TotalMilliseconds);
}

var rawMedian = Median(raw);
var harnessMedian = Median(harness);
Console.WriteLine($"[bench] raw docker run + rm -f     median {rawMedian,7:0} ms");
Console.WriteLine($"[bench] harness start + teardown  median {harnessMedian,7:0} ms");
Console.WriteLine($"[bench] ratio harness/raw         {harnessMedian / rawMedian,7:0.00}x (target <= 1.30x)");

// Scenarios: one first to warm up (JIT, the checks' code paths), then rounds of 4 serial and 4 parallel, alternating
// so that a busy moment of the machine does not fall on one side only; the medians are compared.
var rounds = Math.Max(1, iterations / 3);
Console.WriteLine($"[bench] scenarios: {rounds} round(s) of 4 serial, then 4 parallel");
await Scenario(image, 0);
var serialTimes = new List<double>();
var parallelTimes = new List<double>();
for (var round = 0; round < rounds; round++)
{
    var serial = Stopwatch.StartNew();
    for (var i = 0; i < 4; i++)
    {
        await Scenario(image, i);
    }

    serialTimes.Add(serial.Elapsed.TotalMilliseconds);
    var parallel = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Scenario(image, i)));
    parallelTimes.Add(parallel.Elapsed.TotalMilliseconds);
    Console.WriteLine($"[bench]   round {round + 1}: serial {serialTimes[^1],7:0} ms, parallel {parallelTimes[^1],7:0} ms");
}

var serialMs = Median(serialTimes);
var parallelMs = Median(parallelTimes);
Console.WriteLine($"[bench] 4 scenarios serial        {serialMs,7:0} ms (median of {rounds})");
Console.WriteLine($"[bench] 4 scenarios parallel      {parallelMs,7:0} ms (median of {rounds})");
Console.WriteLine($"[bench] ratio parallel/serial     {parallelMs / serialMs,7:0.00}x (target <= 0.60x)");

// The same scenario done with the docker CLI (create, start, one exec for the file/port/process reads, one for the
// HTTP request, one for the command, rm -f): how far the engine itself lets four scenarios overlap on this machine.
var rawSerialTimes = new List<double>();
var rawParallelTimes = new List<double>();
for (var round = 0; round < rounds; round++)
{
    var serial = Stopwatch.StartNew();
    for (var i = 0; i < 4; i++)
    {
        await RawScenario(image, round, i);
    }

    rawSerialTimes.Add(serial.Elapsed.TotalMilliseconds);
    var parallel = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(4, 4).Select(i => RawScenario(image, round, i)));
    rawParallelTimes.Add(parallel.Elapsed.TotalMilliseconds);
}

var rawSerialMs = Median(rawSerialTimes);
var rawParallelMs = Median(rawParallelTimes);
Console.WriteLine($"[bench] docker CLI, same scenarios: serial {rawSerialMs,7:0} ms, parallel {rawParallelMs,7:0} ms, ratio {rawParallelMs / rawSerialMs:0.00}x");
return 0;

static async Task Scenario(string image, int index)
{
    await using var env = await new EnvironmentBuilder().WithImage(image)
        .WithFileContent("/www/index.html", $"scenario {index}\n")
        .WithCommand("httpd", "-f", "-p", "8080", "-h", "/www")
        .StartAsync();
    await new SmokeChecks(env)
        .WithRetry(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100))
        .File("/www/index.html", f => f.Exists().Contains($"scenario {index}"))
        .Port("tcp:8080", p => p.Listening())
        .Http("http://127.0.0.1:8080/index.html", h => h.Status(200L).BodyContains($"scenario {index}"))
        .Process("httpd", p => p.Running())
        .Command("id -u", c => c.Stdout("0\n"))
        .AssertAsync();
}

static async Task RawScenario(string image, int round, int index)
{
    var name = $"iactest-bench-raw-{Environment.ProcessId}-{round}-{index}";
    await Docker("create", "--init", "--label", "iactest.bench=1", "--name", name, image, "sh", "-c",
        $"mkdir -p /www && echo 'scenario {index}' > /www/index.html && exec httpd -f -p 8080 -h /www");
    try
    {
        await Docker("start", name);
        await Docker("exec", name, "sh", "-c", "stat /www/index.html && cat /www/index.html /proc/net/tcp /proc/[0-9]*/comm");
        await Docker("exec", name, "sh", "-c", "for i in 1 2 3 4 5 6 7 8 9 10; do wget -q -O - http://127.0.0.1:8080/index.html && exit 0; sleep 0.1; done; exit 1");
        await Docker("exec", name, "id", "-u");
    }
    finally
    {
        await Docker("rm", "-f", name);
    }
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static async Task Docker(params string[] arguments)
{
    var info = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
    {
        info.ArgumentList.Add(argument);
    }

    using var process = Process.Start(info)!;
    var stderr = process.StandardError.ReadToEndAsync();
    await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"docker {string.Join(' ', arguments)} failed: {await stderr}");
    }
}
