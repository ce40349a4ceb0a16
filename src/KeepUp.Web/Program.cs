using KeepUp.Web.Hosting;

return await KeepUpWebHost.RunAsync(args);

/// <summary>The web host's entry point; tests use it to find the application.</summary>
public partial class Program;
