using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>Pupil import from the school's information system: upload, see what would change, confirm.</summary>
public sealed class ImportModel(StaffScopes scopes, PupilRegister register) : PageModel
{
    /// <summary>The largest export accepted: 5,000 pupils fit in well under a megabyte.</summary>
    public const int MaximumBytes = 1024 * 1024;

    public PupilImportResult? Result { get; private set; }

    public bool Applied { get; private set; }

    [BindProperty]
    public string? CsvText { get; set; }

    [BindProperty]
    public string FileName { get; set; } = "pupils.csv";

    public async Task<IActionResult> OnGetAsync() => await scopes.CurrentAsync(User) is { IsTeachingAssistant: false } ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, bool apply)
    {
        if (await scopes.CurrentAsync(User) is not { IsTeachingAssistant: false } scope)
        {
            return Forbid();
        }

        if (file is not null)
        {
            if (file.Length > MaximumBytes)
            {
                Result = new PupilImportResult(null, [new KeepUp.Domain.Imports.ImportProblem(file.FileName, 1, null, "The file is larger than 1 MB: export only the columns KeepUp needs.")]);
                return Page();
            }

            using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
            CsvText = await reader.ReadToEndAsync();
            FileName = Path.GetFileName(file.FileName);
        }

        Result = await register.ImportAsync(scope, CsvText ?? string.Empty, FileName, apply && !string.IsNullOrEmpty(CsvText));
        Applied = apply && !Result.Refused;
        return Page();
    }
}
