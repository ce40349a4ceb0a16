using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace KeepUp.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddClassroom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SignInCode",
                table: "Schools",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnonymisedTallies",
                columns: table => new
                {
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    StepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Answers = table.Column<int>(type: "integer", nullable: false),
                    Correct = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnonymisedTallies", x => new { x.SchoolId, x.StepId });
                });

            migrationBuilder.CreateTable(
                name: "Classes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    YearGroup = table.Column<int>(type: "integer", nullable: false),
                    SecondYearGroup = table.Column<int>(type: "integer", nullable: true),
                    ChosenStepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Classes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Classes_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignInAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AtUnixMilliseconds = table.Column<long>(type: "bigint", nullable: false),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInAttempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StepModels",
                columns: table => new
                {
                    StepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Prior = table.Column<double>(type: "double precision", nullable: false),
                    Learn = table.Column<double>(type: "double precision", nullable: false),
                    Guess = table.Column<double>(type: "double precision", nullable: false),
                    Slip = table.Column<double>(type: "double precision", nullable: false),
                    Observations = table.Column<int>(type: "integer", nullable: false),
                    FittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepModels", x => x.StepId);
                });

            migrationBuilder.CreateTable(
                name: "ClassStaff",
                columns: table => new
                {
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    StaffAccountId = table.Column<string>(type: "text", nullable: false),
                    IsTeachingAssistant = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClassStaff", x => new { x.ClassId, x.StaffAccountId });
                    table.ForeignKey(
                        name: "FK_ClassStaff_AspNetUsers_StaffAccountId",
                        column: x => x.StaffAccountId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClassStaff_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Interventions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    StepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Misconception = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PlanSeed = table.Column<int>(type: "integer", nullable: false),
                    PlannedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    HappenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interventions_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Lessons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    StepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    TaughtBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lessons_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Pupils",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Forename = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Surname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    YearGroup = table.Column<int>(type: "integer", nullable: false),
                    ClassId = table.Column<int>(type: "integer", nullable: true),
                    PupilPremium = table.Column<bool>(type: "boolean", nullable: false),
                    SenStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Eal = table.Column<bool>(type: "boolean", nullable: false),
                    LowerPriorAttainer = table.Column<bool>(type: "boolean", nullable: false),
                    ArchivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Pin = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pupils", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pupils_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Pupils_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignInWindows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    From = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Until = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInWindows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignInWindows_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LessonChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    LessonId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    BaseSeed = table.Column<int>(type: "integer", nullable: false),
                    QuestionIndexes = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LessonChecks_Lessons_LessonId",
                        column: x => x.LessonId,
                        principalTable: "Lessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    PupilId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    QuestionIndex = table.Column<int>(type: "integer", nullable: false),
                    Answer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Correct = table.Column<bool>(type: "boolean", nullable: false),
                    Misconception = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MillisecondsTaken = table.Column<int>(type: "integer", nullable: true),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CheckId = table.Column<Guid>(type: "uuid", nullable: true),
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evidence_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterventionPupils",
                columns: table => new
                {
                    InterventionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PupilId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterventionPupils", x => new { x.InterventionId, x.PupilId });
                    table.ForeignKey(
                        name: "FK_InterventionPupils_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InterventionPupils_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MasteryJudgements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    PupilId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    JudgedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Why = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MasteryJudgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MasteryJudgements_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_SignInCode",
                table: "Schools",
                column: "SignInCode",
                unique: true,
                filter: "\"SignInCode\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Classes_SchoolId_Name",
                table: "Classes",
                columns: new[] { "SchoolId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClassStaff_StaffAccountId",
                table: "ClassStaff",
                column: "StaffAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_CheckId",
                table: "Evidence",
                column: "CheckId");

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_PupilId",
                table: "Evidence",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_SchoolId_AnsweredOn",
                table: "Evidence",
                columns: new[] { "SchoolId", "AnsweredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_SchoolId_PupilId_StepId",
                table: "Evidence",
                columns: new[] { "SchoolId", "PupilId", "StepId" });

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_StepId",
                table: "Evidence",
                column: "StepId");

            migrationBuilder.CreateIndex(
                name: "IX_InterventionPupils_PupilId",
                table: "InterventionPupils",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_ClassId_Date",
                table: "Interventions",
                columns: new[] { "ClassId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_LessonChecks_ClassId_Date",
                table: "LessonChecks",
                columns: new[] { "ClassId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_LessonChecks_LessonId",
                table: "LessonChecks",
                column: "LessonId");

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_ClassId_Date",
                table: "Lessons",
                columns: new[] { "ClassId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_MasteryJudgements_PupilId_StepId",
                table: "MasteryJudgements",
                columns: new[] { "PupilId", "StepId" });

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_ClassId",
                table: "Pupils",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_SchoolId_Pin",
                table: "Pupils",
                columns: new[] { "SchoolId", "Pin" },
                unique: true,
                filter: "\"Pin\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_SchoolId_Upn",
                table: "Pupils",
                columns: new[] { "SchoolId", "Upn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignInAttempts_Address_AtUnixMilliseconds",
                table: "SignInAttempts",
                columns: new[] { "Address", "AtUnixMilliseconds" });

            migrationBuilder.CreateIndex(
                name: "IX_SignInAttempts_SchoolCode_AtUnixMilliseconds",
                table: "SignInAttempts",
                columns: new[] { "SchoolCode", "AtUnixMilliseconds" });

            migrationBuilder.CreateIndex(
                name: "IX_SignInWindows_ClassId_Date",
                table: "SignInWindows",
                columns: new[] { "ClassId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnonymisedTallies");

            migrationBuilder.DropTable(
                name: "ClassStaff");

            migrationBuilder.DropTable(
                name: "Evidence");

            migrationBuilder.DropTable(
                name: "InterventionPupils");

            migrationBuilder.DropTable(
                name: "LessonChecks");

            migrationBuilder.DropTable(
                name: "MasteryJudgements");

            migrationBuilder.DropTable(
                name: "SignInAttempts");

            migrationBuilder.DropTable(
                name: "SignInWindows");

            migrationBuilder.DropTable(
                name: "StepModels");

            migrationBuilder.DropTable(
                name: "Interventions");

            migrationBuilder.DropTable(
                name: "Lessons");

            migrationBuilder.DropTable(
                name: "Pupils");

            migrationBuilder.DropTable(
                name: "Classes");

            migrationBuilder.DropIndex(
                name: "IX_Schools_SignInCode",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "SignInCode",
                table: "Schools");
        }
    }
}
