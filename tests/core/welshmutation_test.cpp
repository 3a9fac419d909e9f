#include "core/search/welshmutation.h"
#include "tests/support/catch.h"

using namespace myfyrio;
using Kind = WelshMutation::Kind;

namespace {

struct Row {
    const char* radical;
    const char* soft;
    const char* nasal;
    const char* aspirate;
};

// Every mutable letter, with a real word for each. An empty cell means the
// mutation leaves the word as it is.
const Row table[] = {
    {"pen", "ben", "mhen", "phen"},      {"tref", "dref", "nhref", "thref"},
    {"cath", "gath", "nghath", "chath"}, {"bachgen", "fachgen", "machgen", ""},
    {"bangor", "fangor", "mangor", ""},  {"dydd", "ddydd", "nydd", ""},
    {"gardd", "ardd", "ngardd", ""},     {"gwaith", "waith", "ngwaith", ""},
    {"llyfr", "lyfr", "", ""},           {"mam", "fam", "", ""},
    {"rhaglen", "raglen", "", ""},       {"dŵr", "ddŵr", "nŵr", ""},
};

QString cell(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("Every mutation of every mutable letter", "[search][mutation]")
{
    for (const Row& row : table) {
        const QString radical = cell(row.radical);
        INFO(radical.toStdString());
        CHECK(WelshMutation::mutate(radical, Kind::Soft) == cell(row.soft));
        CHECK(WelshMutation::mutate(radical, Kind::Nasal) == cell(row.nasal));
        CHECK(WelshMutation::mutate(radical, Kind::Aspirate) == cell(row.aspirate));
        CHECK(WelshMutation::mutate(radical, Kind::HProthesis).isEmpty());
        // Reading back: each mutated form has the radical among its candidates.
        for (const char* form : {row.soft, row.nasal, row.aspirate}) {
            if (*form)
                CHECK(WelshMutation::radicals(cell(form)).contains(radical));
        }
    }
}

TEST_CASE("h comes before a vowel, and leaves again", "[search][mutation]")
{
    for (const char* word : {"enw", "afon", "iaith", "ysgol", "wyneb", "ŵyr", "oed", "uned"}) {
        const QString radical = cell(word);
        INFO(radical.toStdString());
        CHECK(WelshMutation::mutate(radical, Kind::HProthesis) == QStringLiteral("h") + radical);
        CHECK(WelshMutation::radicals(QStringLiteral("h") + radical).contains(radical));
        CHECK(WelshMutation::mutate(radical, Kind::Soft).isEmpty());
    }
    CHECK(WelshMutation::mutate(QStringLiteral("tref"), Kind::HProthesis).isEmpty());
}

TEST_CASE("Digraphs are single letters", "[search][mutation]")
{
    // ch, dd, ff, ng, ph, th: letters of their own that no mutation changes.
    for (const char* word : {"chwaer", "ddoe", "ffordd", "ngwyn", "pharo", "theatr"}) {
        const QString radical = cell(word);
        INFO(radical.toStdString());
        CHECK(WelshMutation::mutatedForms(radical).isEmpty());
    }
    // ll and rh change as a whole, never as l or r followed by a letter.
    CHECK(WelshMutation::mutatedForms(QStringLiteral("llyfr")) == QStringList{QStringLiteral("lyfr")});
    CHECK(WelshMutation::mutatedForms(QStringLiteral("rhaglen")) == QStringList{QStringLiteral("raglen")});
    // "ch" is read back only as the aspirate of c, never as c + h; "ngh" as the nasal of c, not of g.
    CHECK(WelshMutation::radicals(QStringLiteral("chath")) == QStringList{QStringLiteral("cath")});
    CHECK(WelshMutation::radicals(QStringLiteral("nghath")) == QStringList{QStringLiteral("cath")});
    CHECK(WelshMutation::radicals(QStringLiteral("ngardd")) == QStringList{QStringLiteral("gardd")});
    CHECK(WelshMutation::radicals(QStringLiteral("ddydd")) == QStringList{QStringLiteral("dydd")});
    CHECK(WelshMutation::radicals(QStringLiteral("ffordd")).isEmpty());
}

TEST_CASE("An ambiguous mutated word gives every radical", "[search][mutation]")
{
    // f is the soft mutation of both b and m.
    CHECK(WelshMutation::radicals(QStringLiteral("fam")) == QStringList{QStringLiteral("bam"), QStringLiteral("mam")});
    // l may be soft ll or a dropped g; so may r (rh, gr) and a vowel (g dropped).
    CHECK(WelshMutation::radicals(QStringLiteral("lan"))
          == QStringList{QStringLiteral("llan"), QStringLiteral("glan")});
    CHECK(WelshMutation::radicals(QStringLiteral("ras"))
          == QStringList{QStringLiteral("rhas"), QStringLiteral("gras")});
    CHECK(WelshMutation::radicals(QStringLiteral("waith")) == QStringList{QStringLiteral("gwaith")});
    // n is the nasal of d, m the nasal of b.
    CHECK(WelshMutation::radicals(QStringLiteral("nydd")) == QStringList{QStringLiteral("dydd")});
    CHECK(WelshMutation::radicals(QStringLiteral("machgen")) == QStringList{QStringLiteral("bachgen")});
    // A radical that no mutation makes has no candidates.
    CHECK(WelshMutation::radicals(QStringLiteral("siân")).isEmpty());
}

TEST_CASE("A search word finds all its forms, the word itself first", "[search][mutation]")
{
    const QStringList tref = WelshMutation::searchForms(QStringLiteral("Tref"));
    CHECK(tref.constFirst() == QStringLiteral("tref"));
    for (const char* form : {"dref", "nhref", "thref"})
        CHECK(tref.contains(cell(form)));
    // A mutated word finds its radical and the radical's other forms.
    const QStringList nhref = WelshMutation::searchForms(QStringLiteral("nhref"));
    CHECK(nhref.constFirst() == QStringLiteral("nhref"));
    for (const char* form : {"tref", "dref", "thref"})
        CHECK(nhref.contains(cell(form)));
    const QStringList fangor = WelshMutation::searchForms(QStringLiteral("Fangor"));
    CHECK(fangor.contains(QStringLiteral("bangor")));
    CHECK(fangor.contains(QStringLiteral("mangor")));
    // Short words are not expanded: "ty" would otherwise find every "dy…".
    CHECK(WelshMutation::searchForms(QStringLiteral("ty")) == QStringList{QStringLiteral("ty")});
}

TEST_CASE("Only words that cannot be English count as Welsh", "[search][mutation]")
{
    CHECK(WelshMutation::looksWelsh(QStringLiteral("nhref")));
    CHECK(WelshMutation::looksWelsh(QStringLiteral("ddydd")));
    CHECK(WelshMutation::looksWelsh(QStringLiteral("dŵr")));
    CHECK_FALSE(WelshMutation::looksWelsh(QStringLiteral("bad")));
    CHECK_FALSE(WelshMutation::looksWelsh(QStringLiteral("tref")));
}
