namespace KeepUp.MtcLoad;

/// <summary>
/// One pupil's cookies, as their own browser would keep them. The driver shares connections between
/// pupils (as many tablets would share a school's network), so cookies are kept here, not in the handler.
/// </summary>
internal sealed class PupilCookies
{
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    public bool Has(string name) => cookies.ContainsKey(name);

    /// <summary>Keeps every Set-Cookie of a response; an empty value or a past expiry removes it.</summary>
    public void Take(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            return;
        }

        foreach (var header in values)
        {
            var pair = header.Split(';', 2)[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var name = pair[..equals].Trim();
            var value = pair[(equals + 1)..].Trim();
            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                cookies.Remove(name);
            }
            else
            {
                cookies[name] = value;
            }
        }
    }

    /// <summary>Adds the Cookie header to a request.</summary>
    public void Put(HttpRequestMessage request)
    {
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Key + "=" + c.Value)));
        }
    }
}
