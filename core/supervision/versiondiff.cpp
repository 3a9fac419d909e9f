#include "core/supervision/versiondiff.h"

#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sectiontext.h"

namespace myfyrio {

QVector<VersionDiff::Section> VersionDiff::compare(const AgreementContent& before, const AgreementContent& after)
{
    QVector<Section> sections;
    for (const QString& code : SectionCatalog::sectionCodes()) {
        const QString a = SectionText::of(before, code);
        const QString b = SectionText::of(after, code);
        Section section;
        section.code = code;
        section.pieces = WordDiff::compare(a, b);
        section.changed = a != b;
        sections.append(section);
    }
    return sections;
}

QStringList VersionDiff::changedSections(const AgreementContent& before, const AgreementContent& after)
{
    QStringList codes;
    for (const QString& code : SectionCatalog::sectionCodes()) {
        if (SectionText::of(before, code) != SectionText::of(after, code))
            codes.append(code);
    }
    return codes;
}

} // namespace myfyrio
