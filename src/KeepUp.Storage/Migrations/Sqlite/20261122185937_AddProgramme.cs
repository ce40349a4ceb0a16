using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KeepUp.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddProgramme : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EstablishmentType",
                table: "Schools",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsStateFunded",
                table: "Schools",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "Phase",
                table: "Schools",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "Schools",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Schools",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "MathsHubs",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeadOrganisation",
                table: "MathsHubs",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReadinessLeadAccountId",
                table: "MathsHubs",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EvidenceItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MathsHubId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Themes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Attribution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    QuoteForPublication = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceItems_MathsHubs_MathsHubId",
                        column: x => x.MathsHubId,
                        principalTable: "MathsHubs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvidenceItems_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ImpactNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MathsHubId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IsNextStep = table.Column<bool>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImpactNotes_MathsHubs_MathsHubId",
                        column: x => x.MathsHubId,
                        principalTable: "MathsHubs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MasterySpecialists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    MathsHubId = table.Column<int>(type: "INTEGER", nullable: false),
                    CohortStartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MasterySpecialists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MasterySpecialists_MathsHubs_MathsHubId",
                        column: x => x.MathsHubId,
                        principalTable: "MathsHubs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MasterySpecialists_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReadinessAudits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VisionAndCulture = table.Column<int>(type: "INTEGER", nullable: false),
                    MathematicalMindsets = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectExpertise = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolSystems = table.Column<int>(type: "INTEGER", nullable: false),
                    ArithmeticalProficiency = table.Column<int>(type: "INTEGER", nullable: false),
                    VisionAndCultureEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MathematicalMindsetsEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SubjectExpertiseEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SchoolSystemsEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ArithmeticalProficiencyEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessAudits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReadinessAudits_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Surveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MathsHubId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Surveys_MathsHubs_MathsHubId",
                        column: x => x.MathsHubId,
                        principalTable: "MathsHubs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MathsHubId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LeadSpecialistId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkGroups_MasterySpecialists_LeadSpecialistId",
                        column: x => x.LeadSpecialistId,
                        principalTable: "MasterySpecialists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkGroups_MathsHubs_MathsHubId",
                        column: x => x.MathsHubId,
                        principalTable: "MathsHubs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyQuestion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IsLikert = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyQuestion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyQuestion_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Days = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: true),
                    AmountPence = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ApproverId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ApproverName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingClaims_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FundingClaims_WorkGroups_WorkGroupId",
                        column: x => x.WorkGroupId,
                        principalTable: "WorkGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportVisits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Focus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportVisits_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportVisits_WorkGroups_WorkGroupId",
                        column: x => x.WorkGroupId,
                        principalTable: "WorkGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkGroupMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Attendance = table.Column<int>(type: "INTEGER", nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ObservationNotes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkGroupMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkGroupMeetings_WorkGroups_WorkGroupId",
                        column: x => x.WorkGroupId,
                        principalTable: "WorkGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkGroupMembers",
                columns: table => new
                {
                    WorkGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstTeacher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SecondTeacher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkGroupMembers", x => new { x.WorkGroupId, x.SchoolId });
                    table.ForeignKey(
                        name: "FK_WorkGroupMembers_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkGroupMembers_WorkGroups_WorkGroupId",
                        column: x => x.WorkGroupId,
                        principalTable: "WorkGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    SurveyQuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Likert = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyQuestion_SurveyQuestionId",
                        column: x => x.SurveyQuestionId,
                        principalTable: "SurveyQuestion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyResponses_SurveyResponseId",
                        column: x => x.SurveyResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MathsHubs_Code",
                table: "MathsHubs",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_MathsHubId_Date",
                table: "EvidenceItems",
                columns: new[] { "MathsHubId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_SchoolId",
                table: "EvidenceItems",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingClaims_SchoolId",
                table: "FundingClaims",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingClaims_WorkGroupId_Status",
                table: "FundingClaims",
                columns: new[] { "WorkGroupId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ImpactNotes_MathsHubId_Date",
                table: "ImpactNotes",
                columns: new[] { "MathsHubId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_MasterySpecialists_AccountId",
                table: "MasterySpecialists",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_MasterySpecialists_Code",
                table: "MasterySpecialists",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MasterySpecialists_MathsHubId",
                table: "MasterySpecialists",
                column: "MathsHubId");

            migrationBuilder.CreateIndex(
                name: "IX_MasterySpecialists_SchoolId",
                table: "MasterySpecialists",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessAudits_SchoolId_Date",
                table: "ReadinessAudits",
                columns: new[] { "SchoolId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportVisits_SchoolId",
                table: "SupportVisits",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportVisits_WorkGroupId_Date",
                table: "SupportVisits",
                columns: new[] { "WorkGroupId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_SurveyQuestionId",
                table: "SurveyAnswers",
                column: "SurveyQuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_SurveyResponseId",
                table: "SurveyAnswers",
                column: "SurveyResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyQuestion_SurveyId",
                table: "SurveyQuestion",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId",
                table: "SurveyResponses",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_MathsHubId",
                table: "Surveys",
                column: "MathsHubId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_Token",
                table: "Surveys",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkGroupMeetings_WorkGroupId_Date",
                table: "WorkGroupMeetings",
                columns: new[] { "WorkGroupId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkGroupMembers_SchoolId",
                table: "WorkGroupMembers",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkGroups_Code",
                table: "WorkGroups",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkGroups_LeadSpecialistId",
                table: "WorkGroups",
                column: "LeadSpecialistId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkGroups_MathsHubId_StartYear",
                table: "WorkGroups",
                columns: new[] { "MathsHubId", "StartYear" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvidenceItems");

            migrationBuilder.DropTable(
                name: "FundingClaims");

            migrationBuilder.DropTable(
                name: "ImpactNotes");

            migrationBuilder.DropTable(
                name: "ReadinessAudits");

            migrationBuilder.DropTable(
                name: "SupportVisits");

            migrationBuilder.DropTable(
                name: "SurveyAnswers");

            migrationBuilder.DropTable(
                name: "WorkGroupMeetings");

            migrationBuilder.DropTable(
                name: "WorkGroupMembers");

            migrationBuilder.DropTable(
                name: "SurveyQuestion");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "WorkGroups");

            migrationBuilder.DropTable(
                name: "Surveys");

            migrationBuilder.DropTable(
                name: "MasterySpecialists");

            migrationBuilder.DropIndex(
                name: "IX_MathsHubs_Code",
                table: "MathsHubs");

            migrationBuilder.DropColumn(
                name: "EstablishmentType",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "IsStateFunded",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "Phase",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "Postcode",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "MathsHubs");

            migrationBuilder.DropColumn(
                name: "LeadOrganisation",
                table: "MathsHubs");

            migrationBuilder.DropColumn(
                name: "ReadinessLeadAccountId",
                table: "MathsHubs");
        }
    }
}
