#include "core/learning/cardsharing.h"

#include "core/io/savedfile.h"
#include "core/learning/cardformat.h"
#include "core/learning/sharedcardstore.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/scopedtransaction.h"
#include "core/util/timestamps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace myfyrio {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Expected<void> checkFolder(const QString& folder)
{
    if (folder.isEmpty())
        return Failure{CardSharing::tr("Choose the folder the card goes to.")};
    if (!QFileInfo(folder).isDir())
        //: %1 is the path of a folder.
        return Failure{CardSharing::tr("The folder “%1” does not exist.").arg(shown(folder))};
    return {};
}

} // namespace

QString CardSharing::findingsMessage(const CardFindings& findings)
{
    QStringList lines{tr("The card holds what could identify someone, or more of the reflection than you may "
                         "mean to share:")};
    for (const CardFinding& finding : findings)
        lines << QStringLiteral("  ") + CardCheck::describe(finding);
    return lines.join(QLatin1Char('\n'));
}

Expected<LearningCard> CardSharing::share(const Database& database, const CardShareRequest& request)
{
    if (!request.source.isStored())
        return Failure{tr("A card can only be made from a reflection in the journal.")};
    if (auto folder = checkFolder(request.folder); !folder)
        return folder.failure();
    LearningCard card = request.card;
    card.title = card.title.trimmed();
    card.lesson = card.lesson.trimmed();
    card.enabling = card.enabling.trimmed();
    card.author = card.author.simplified();
    card.month =
        request.source.date.isValid() ? QDate(request.source.date.year(), request.source.date.month(), 1) : QDate();
    if (const QString problem = CardFormat::validate(card); !problem.isEmpty())
        return Failure{problem};
    const CardFindings findings = CardCheck::scan(card, request.source, request.names);
    if (!findings.isEmpty()) {
        switch (request.findings) {
        case CardFindingsChoice::Refuse:
            return Failure{findingsMessage(findings), findingsCode()};
        case CardFindingsChoice::Redact:
            card = CardCheck::redact(card, findings);
            if (const QString problem = CardFormat::validate(card); !problem.isEmpty())
                return Failure{problem};
            break;
        case CardFindingsChoice::KeepConfirmed:
            break;
        }
    }

    const QString path = QDir(request.folder).filePath(CardFormat::fileName(card.id));
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink())
        //: %1 is the path of a file.
        return Failure{tr("“%1” already exists, so the card was not written.").arg(shown(path))};

    SharedCard record;
    record.id = card.id;
    record.reflectionId = request.source.id;
    record.folder = QFileInfo(request.folder).absoluteFilePath();
    record.title = card.title;
    record.sharedAt = timestamps::nowUtc();

    // Announced once the journal has committed (or not at all if nothing was).
    const JournalChanges::Batch batch(database.changes());
    ScopedTransaction transaction(database.connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    if (auto added = SharedCardStore(database).add(record); !added)
        return added.failure();
    if (auto written = SavedFile::write(path, CardFormat::serialize(card)); !written)
        return written.failure();
    if (auto committed = transaction.commit(); !committed) {
        // The journal does not know the card, so it could never be withdrawn: it must not stay out there.
        QFile::remove(path);
        return committed.failure();
    }
    return card;
}

Expected<void> CardSharing::withdraw(const Database& database, const QString& cardId, const QString& folder)
{
    if (auto checked = checkFolder(folder); !checked)
        return checked;
    const SharedCardStore store(database);
    auto known = store.find(cardId);
    if (!known)
        return known.failure();
    if (!*known)
        //: %1 is a card's id.
        return Failure{tr("This journal did not share a card with the id “%1”, so it cannot withdraw it.").arg(cardId),
                       FailureCode::gone};
    const QString path = QDir(folder).filePath(CardFormat::fileName(cardId));
    const QFileInfo info(path);
    if (info.isSymLink() || (info.exists() && !info.isFile()))
        //: %1 is the path of a file.
        return Failure{tr("“%1” is not a card file Myfyrio wrote, so it was left as it is.").arg(shown(path))};
    if (info.exists()) {
        QFile file(path);
        if (info.size() > CardFormat::maximumFileBytes || !file.open(QIODevice::ReadOnly))
            //: %1 is the path of a file.
            return Failure{tr("“%1” is not a card file Myfyrio wrote, so it was left as it is.").arg(shown(path))};
        auto parsed = CardFormat::parse(file.read(CardFormat::maximumFileBytes + 1));
        if (!parsed || parsed->card.id != cardId)
            //: %1 is the path of a file.
            return Failure{tr("“%1” is not a card file Myfyrio wrote, so it was left as it is.").arg(shown(path))};
    }
    if (auto written = SavedFile::write(path, CardFormat::serializeWithdrawal(cardId)); !written)
        return written;
    if ((*known)->isWithdrawn())
        return {};
    return store.markWithdrawn(cardId, timestamps::nowUtc());
}

} // namespace myfyrio
