#pragma once

#include <QByteArray>

#include <sys/stat.h>

namespace myfyrio::plainfile {

/// A file descriptor, closed when it goes.
class Descriptor
{
public:
    explicit Descriptor(int fd = -1) : m_fd(fd) {}
    ~Descriptor() { reset(); }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;

    int get() const { return m_fd; }
    void reset(int fd = -1);

private:
    int m_fd;
};

/// Opens `name` inside the open folder `folder` to read it: never through a link
/// (O_NOFOLLOW), never waiting on a pipe or a device (O_NONBLOCK), and tells
/// what it is (fstat). -1 with errno set when it cannot be opened; the caller
/// checks S_ISREG(status.st_mode) before reading.
int openAt(int folder, const char* name, struct stat& status);

/// Reads from fd until its end or until `limit` bytes, whichever comes first,
/// into bytes (sized for `expected` bytes at first, what fstat said): with
/// limit == expected a file that grew meanwhile is cut there and its end need
/// not be heard; with a larger limit, bytes.size() > expected shows it grew.
/// False with errno set when a read fails.
bool readUpTo(int fd, qsizetype expected, qsizetype limit, QByteArray& bytes);

} // namespace myfyrio::plainfile
