#include "app/shell/instancechannel.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace myfyrio {

namespace {

const QByteArray raiseRequest = QByteArrayLiteral("raise\n");
const QByteArray raisedAnswer = QByteArrayLiteral("raised\n");

} // namespace

QString InstanceChannel::serverName(const QString& canonicalJournal)
{
    const QByteArray hash = QCryptographicHash::hash(canonicalJournal.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("myfyrio-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash.left(24)));
}

InstanceChannel::InstanceChannel(const QString& canonicalJournal, QObject* parent)
    : QObject(parent), m_server(new QLocalServer(this))
{
    const QString name = serverName(canonicalJournal);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // The journal's lock is ours, so a socket of that name is left from a crash.
    QLocalServer::removeServer(name);
    m_server->listen(name);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == raiseRequest) {
                    emit raiseRequested();
                    socket->write(raisedAnswer);
                    socket->flush();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

InstanceChannel::~InstanceChannel() = default;

bool InstanceChannel::isListening() const
{
    return m_server->isListening();
}

bool InstanceChannel::askToRaise(const QString& canonicalJournal, int timeoutMilliseconds)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(canonicalJournal));
    if (!socket.waitForConnected(timeoutMilliseconds))
        return false;
    socket.write(raiseRequest);
    if (!socket.waitForBytesWritten(timeoutMilliseconds))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMilliseconds))
            return false;
    }
    return socket.readLine() == raisedAnswer;
}

} // namespace myfyrio
