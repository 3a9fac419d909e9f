#include "core/io/import/yamlreader.h"

#include "core/io/import/importtext.h"

#include <memory>
#include <vector>
#include <yaml.h>

namespace myfyrio {

namespace {

/// Owns a libyaml parser and the event it last produced.
class Parser
{
public:
    explicit Parser(const QByteArray& bytes)
    {
        m_ready = yaml_parser_initialize(&m_parser) != 0;
        if (m_ready) {
            yaml_parser_set_encoding(&m_parser, YAML_UTF8_ENCODING);
            yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char*>(bytes.constData()),
                                         static_cast<size_t>(bytes.size()));
        }
    }
    ~Parser()
    {
        if (m_hasEvent)
            yaml_event_delete(&m_event);
        if (m_ready)
            yaml_parser_delete(&m_parser);
    }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    bool ready() const { return m_ready; }

    /// The next event, or null when libyaml reports an error.
    const yaml_event_t* next()
    {
        if (m_hasEvent) {
            yaml_event_delete(&m_event);
            m_hasEvent = false;
        }
        if (!yaml_parser_parse(&m_parser, &m_event))
            return nullptr;
        m_hasEvent = true;
        return &m_event;
    }

    int errorLine() const { return static_cast<int>(m_parser.problem_mark.line); }
    int errorColumn() const { return static_cast<int>(m_parser.problem_mark.column); }
    bool memoryError() const { return m_parser.error == YAML_MEMORY_ERROR; }

private:
    yaml_parser_t m_parser{};
    yaml_event_t m_event{};
    bool m_ready = false;
    bool m_hasEvent = false;
};

YamlNode scalarNode(const yaml_event_t& event, int firstLine)
{
    YamlNode node;
    node.kind = YamlNode::Kind::Scalar;
    const auto length = static_cast<qsizetype>(event.data.scalar.length);
    // A value too long for any entry is not copied: it would only be refused later.
    if (length > ImportText::maxEntryCharacters * 3)
        node.tooLong = true;
    else
        node.text = QString::fromUtf8(reinterpret_cast<const char*>(event.data.scalar.value), length);
    node.plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
    node.line = static_cast<int>(event.start_mark.line) + firstLine;
    return node;
}

} // namespace

Expected<YamlNode> YamlReader::parse(const QByteArray& bytes, const QString& shownName, int firstLine)
{
    if (const qsizetype bad = ImportText::invalidUtf8At(bytes); bad >= 0)
        return Failure{ImportText::notUtf8(shownName, ImportText::lineAt(bytes, bad) + firstLine - 1)};
    Parser parser(bytes);
    if (!parser.ready())
        //: %1 is a file name.
        return Failure{tr("There was not enough memory to read “%1”.").arg(shownName)};

    // Nodes being filled, outermost first; the document's root is collected in `root`.
    std::vector<YamlNode> open;
    YamlNode root;
    bool haveRoot = false;
    const auto place = [&](YamlNode node) {
        if (open.empty()) {
            if (!haveRoot) {
                root = std::move(node);
                haveRoot = true;
            }
        } else {
            open.back().children.append(std::move(node));
        }
    };

    for (;;) {
        const yaml_event_t* event = parser.next();
        if (!event) {
            if (parser.memoryError())
                //: %1 is a file name.
                return Failure{tr("There was not enough memory to read “%1”.").arg(shownName)};
            //: %1 is a file name, %2 a line number, %3 a column number.
            return Failure{tr("“%1” is not valid YAML: the problem is at line %2, column %3.")
                               .arg(shownName)
                               .arg(parser.errorLine() + firstLine)
                               .arg(parser.errorColumn() + 1)};
        }
        const int line = static_cast<int>(event->start_mark.line) + firstLine;
        switch (event->type) {
        case YAML_STREAM_END_EVENT:
            return haveRoot ? root : YamlNode();
        case YAML_DOCUMENT_END_EVENT:
            // Only the first document is read: files of journals hold one.
            return haveRoot ? root : YamlNode();
        case YAML_ALIAS_EVENT:
            //: %1 is a file name, %2 a line number.
            return Failure{
                tr("“%1” uses a YAML alias at line %2, which Myfyrio does not read.").arg(shownName).arg(line)};
        case YAML_SCALAR_EVENT:
            place(scalarNode(*event, firstLine));
            break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            if (static_cast<int>(open.size()) >= maxDepth)
                //: %1 is a file name, %2 a line number, %3 the deepest nesting read.
                return Failure{tr("“%1” is nested more than %3 levels deep at line %2, more than Myfyrio reads.")
                                   .arg(shownName)
                                   .arg(line)
                                   .arg(maxDepth)};
            YamlNode node;
            node.kind = event->type == YAML_MAPPING_START_EVENT ? YamlNode::Kind::Mapping : YamlNode::Kind::Sequence;
            node.line = line;
            open.push_back(std::move(node));
            break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
            if (open.empty())
                break;
            YamlNode done = std::move(open.back());
            open.pop_back();
            place(std::move(done));
            break;
        }
        default:
            break; // stream and document starts
        }
    }
}

} // namespace myfyrio
