#include "core/privacy/confidentialityguard.h"
#include "core/privacy/namepattern.h"
#include "core/privacy/protectednames.h"
#include "tests/support/catch.h"

using namespace myfyrio;

namespace {

QStringList kindsFound(const Findings& findings)
{
    QStringList kinds;
    for (const Finding& finding : findings)
        kinds << ConfidentialityGuard::kindCode(finding.kind);
    return kinds;
}

QStringList textsFound(const Findings& findings)
{
    QStringList texts;
    for (const Finding& finding : findings)
        texts << finding.text;
    return texts;
}

} // namespace

TEST_CASE("NHS numbers are found only when their modulus 11 check digit is right", "[privacy]")
{
    CHECK(ConfidentialityGuard::isValidNhsNumber(QStringLiteral("943 476 5919")));
    CHECK(ConfidentialityGuard::isValidNhsNumber(QStringLiteral("9434765919")));
    CHECK(ConfidentialityGuard::isValidNhsNumber(QStringLiteral("401-023-2137")));
    CHECK_FALSE(ConfidentialityGuard::isValidNhsNumber(QStringLiteral("943 476 5918")));
    CHECK_FALSE(ConfidentialityGuard::isValidNhsNumber(QStringLiteral("943476591")));
    // A remainder that gives check digit 10 is never issued.
    CHECK_FALSE(ConfidentialityGuard::isValidNhsNumber(QStringLiteral("1000000010")));

    const QString text = QStringLiteral("Her NHS number is 943 476 5919; the referral said 943 476 5918, and the "
                                        "ward had 9434765919 on file.");
    const Findings findings = ConfidentialityGuard::scan(text, {});
    CHECK(kindsFound(findings) == QStringList{QStringLiteral("nhs-number"), QStringLiteral("nhs-number")});
    CHECK(textsFound(findings) == QStringList{QStringLiteral("943 476 5919"), QStringLiteral("9434765919")});
    REQUIRE(findings.size() == 2);
    CHECK(findings.at(0).position == text.indexOf(QStringLiteral("943 476 5919")));
    CHECK(findings.at(0).length == 12);
    CHECK(ConfidentialityGuard::redact(text, {}, QStringLiteral("en"))
          == QStringLiteral("Her NHS number is [NHS number]; the referral said 943 476 5918, and the ward had "
                            "[NHS number] on file."));
}

TEST_CASE("Postcodes, phone numbers and email addresses are found and redacted", "[privacy]")
{
    const QString text = QStringLiteral("Visited the flat at CF10 3AT and then sw1a 1aa.\n"
                                        "Rang 029 2034 5678, then her mobile 07700 900123 and +44 (0)1970 622 000.\n"
                                        "Wrote to mary.jones@example.org about it.");
    const Findings findings = ConfidentialityGuard::scan(text, {});
    CHECK(kindsFound(findings)
          == QStringList{QStringLiteral("postcode"), QStringLiteral("postcode"), QStringLiteral("phone-number"),
                         QStringLiteral("phone-number"), QStringLiteral("phone-number"),
                         QStringLiteral("email-address")});
    CHECK(textsFound(findings)
          == QStringList{QStringLiteral("CF10 3AT"), QStringLiteral("sw1a 1aa"), QStringLiteral("029 2034 5678"),
                         QStringLiteral("07700 900123"), QStringLiteral("+44 (0)1970 622 000"),
                         QStringLiteral("mary.jones@example.org")});
    CHECK(ConfidentialityGuard::redact(text, {}, QStringLiteral("en"))
          == QStringLiteral("Visited the flat at [postcode] and then [postcode].\n"
                            "Rang [phone number], then her mobile [phone number] and [phone number].\n"
                            "Wrote to [email address] about it."));
}

TEST_CASE("Ordinary dates, times, years and numbers are not identifiers", "[privacy]")
{
    const QString text = QStringLiteral("On 2024-03-01 at 10:30 we met for 1.5 hours; 12/03/2024 was the review; "
                                        "in 2023 there were 35 hours and 20 participatory; room 0.25; page 12 of 40; "
                                        "the M4 was closed; code A1; invoice 1234567890.");
    const Findings findings = ConfidentialityGuard::scan(text, {});
    CHECK(textsFound(findings).isEmpty());
}

TEST_CASE("Dates of birth are found after the words that say so, in English and Welsh", "[privacy]")
{
    const QString text = QStringLiteral("DOB: 12/03/1950. She was born on 3 March 1950.\n"
                                        "Dyddiad geni 1950-03-12; ganwyd hi ar 12 Mawrth 1950.\n"
                                        "The meeting on 12/03/2024 went well.");
    const Findings findings = ConfidentialityGuard::scan(text, {});
    CHECK(textsFound(findings)
          == QStringList{QStringLiteral("12/03/1950"), QStringLiteral("3 March 1950"), QStringLiteral("1950-03-12"),
                         QStringLiteral("12 Mawrth 1950")});
    CHECK(kindsFound(findings).count(QStringLiteral("date-of-birth")) == 4);
    CHECK(ConfidentialityGuard::redact(text.section(QLatin1Char('\n'), 0, 0), {}, QStringLiteral("en"))
          == QStringLiteral("DOB: [date of birth]. She was born on [date of birth]."));
}

TEST_CASE("Protected names are found as whole words, mutated, with or without accents", "[privacy]")
{
    const ProtectedNames names({QStringLiteral("Mair Pritchard"), QStringLiteral("Siân"), QStringLiteral("Rose"),
                                QStringLiteral("  "), QStringLiteral("siân")});
    CHECK(names.names()
          == QStringList{QStringLiteral("Mair Pritchard"), QStringLiteral("Siân"), QStringLiteral("Rose")});

    const QString text = QStringLiteral("Mair Pritchard rang. Es i weld Fair ddoe, a Sian hefyd.\n"
                                        "Prices rose; Rose came later. Mairwen is someone else; so is Siani.\n"
                                        "Roedd MAIR PRITCHARD yno.");
    const Findings findings = ConfidentialityGuard::scan(text, names);
    CHECK(textsFound(findings)
          == QStringList{QStringLiteral("Mair Pritchard"), QStringLiteral("Fair"), QStringLiteral("Sian"),
                         QStringLiteral("Rose"), QStringLiteral("MAIR PRITCHARD")});
    CHECK(kindsFound(findings).count(QStringLiteral("name")) == 5);
    CHECK(ConfidentialityGuard::redact(text.section(QLatin1Char('\n'), 0, 0), names, QStringLiteral("en"))
          == QStringLiteral("[name] rang. Es i weld [name] ddoe, a [name] hefyd."));
    CHECK(ConfidentialityGuard::redact(text.section(QLatin1Char('\n'), 1, 1), names, QStringLiteral("en"))
          == QStringLiteral("Prices rose; [name] came later. Mairwen is someone else; so is Siani."));
}

TEST_CASE("Welsh mutations of a name cover soft, nasal and aspirate forms and h before a vowel", "[privacy]")
{
    CHECK(NamePattern::mutations(QStringLiteral("Catrin"))
          == QStringList{QStringLiteral("Catrin"), QStringLiteral("Gatrin"), QStringLiteral("Nghatrin"),
                         QStringLiteral("Chatrin")});
    CHECK(NamePattern::mutations(QStringLiteral("Dafydd"))
          == QStringList{QStringLiteral("Dafydd"), QStringLiteral("Ddafydd"), QStringLiteral("Nafydd")});
    CHECK(NamePattern::mutations(QStringLiteral("Gwen"))
          == QStringList{QStringLiteral("Gwen"), QStringLiteral("Wen"), QStringLiteral("Ngwen")});
    CHECK(NamePattern::mutations(QStringLiteral("Llinos"))
          == QStringList{QStringLiteral("Llinos"), QStringLiteral("Linos")});
    CHECK(NamePattern::mutations(QStringLiteral("Anwen"))
          == QStringList{QStringLiteral("Anwen"), QStringLiteral("Hanwen")});
    CHECK(NamePattern::mutations(QStringLiteral("Thomas")) == QStringList{QStringLiteral("Thomas")});

    const Findings findings =
        ConfidentialityGuard::scan(QStringLiteral("Aeth hi at ei hAnwen, ac yna i Gatrin."),
                                   ProtectedNames({QStringLiteral("Anwen"), QStringLiteral("Catrin")}));
    CHECK(textsFound(findings) == QStringList{QStringLiteral("hAnwen"), QStringLiteral("Gatrin")});
}

TEST_CASE("A finding carries the words around it on its own line", "[privacy]")
{
    const QString text = QStringLiteral("First line.\nWe spoke to Mair Pritchard about the move to the new flat on "
                                        "the hill, which she likes.\nNext line.");
    const Findings findings = ConfidentialityGuard::scan(text, ProtectedNames({QStringLiteral("Mair Pritchard")}));
    REQUIRE(findings.size() == 1);
    CHECK(findings.at(0).before == QStringLiteral("We spoke to "));
    CHECK(findings.at(0).after == QStringLiteral(" about the move to the new flat on the…"));
}

TEST_CASE("A redaction keeps what the writer chose and uses their replacements", "[privacy]")
{
    const QString text = QStringLiteral("Mair Pritchard lives at CF10 3AT; call 029 2034 5678.");
    const ProtectedNames names({QStringLiteral("Mair Pritchard")});
    Redaction redaction;
    redaction.replacements.insert(QStringLiteral("Mair Pritchard"), QStringLiteral("Mrs P"));
    redaction.kept.insert(QStringLiteral("029 2034 5678"));
    CHECK(ConfidentialityGuard::redact(text, ConfidentialityGuard::scan(text, names), redaction)
          == QStringLiteral("Mrs P lives at [postcode]; call 029 2034 5678."));
}

TEST_CASE("Placeholders are in the report's language", "[privacy]")
{
    CHECK(ConfidentialityGuard::placeholder(IdentifierKind::Name, QStringLiteral("en")) == QStringLiteral("[name]"));
    CHECK(ConfidentialityGuard::placeholder(IdentifierKind::Name, QStringLiteral("cy")) == QStringLiteral("[enw]"));
    CHECK(ConfidentialityGuard::placeholder(IdentifierKind::Postcode, QStringLiteral("cy"))
          == QStringLiteral("[cod post]"));
    CHECK(ConfidentialityGuard::placeholder(IdentifierKind::Name, QStringLiteral("both"))
          == QStringLiteral("[enw / name]"));
    CHECK(ConfidentialityGuard::redact(QStringLiteral("Ffoniwch 07700 900123."), {}, QStringLiteral("cy"))
          == QStringLiteral("Ffoniwch [rhif ffôn]."));
}

TEST_CASE("The protected names are one a line in the Preferences text", "[privacy]")
{
    const ProtectedNames names =
        ProtectedNames::fromText(QStringLiteral("Mair  Pritchard\n\n  Dylan\nmair pritchard\n"));
    CHECK(names.names() == QStringList{QStringLiteral("Mair Pritchard"), QStringLiteral("Dylan")});
    CHECK(names.toText() == QStringLiteral("Mair Pritchard\nDylan"));
}
