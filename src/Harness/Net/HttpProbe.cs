namespace IacTest.Harness.Net;

/// <summary>Asks whether a server answers over HTTP at all, before a slow client (a pull, a download) is pointed at it.</summary>
internal static class HttpProbe
{
    /// <summary>How long a server has to answer before it counts as unreachable.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Null when <paramref name="url"/> answers (any HTTP status counts), else why not, in one line.</summary>
    public static async Task<string?> ProbeAsync(string url, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(new Uri(url), HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            return null;
        }
        catch (HttpRequestException e)
        {
            return Innermost(e);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"no answer within {Timeout.TotalSeconds:0} s";
        }
        catch (UriFormatException)
        {
            return "not a URL";
        }
    }

    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e.Message.Split('\n')[0];
    }
}
