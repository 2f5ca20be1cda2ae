// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelineboardpage.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"
#include "util/background.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace trato {

namespace {

QString money(qint64 cents)
{
    static const Field f = Field::make("amount", FieldType::Money, "Amount");
    return Value::display(f, cents, QLocale());
}

QString percent(int bp)
{
    return QLocale().toString(bp / 100.0, 'f', bp % 100 ? 2 : 0) + QStringLiteral(" %");
}

// A card of the board: the name in bold (two lines at most), the account, amount and expected
// close (red when it has passed), the owner, and a red edge and "Stalled" tag on stalled cards.
class CardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        QFont bold = option.font;
        bold.setBold(true);
        const int line = option.fontMetrics.lineSpacing();
        return {200, 2 * QFontMetrics(bold).lineSpacing() + 3 * line + 2 * kPad + 4};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QRect card = option.rect.adjusted(1, 1, -2, -2);
        const QPalette &pal = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1));
        p->setBrush(pal.color(QPalette::Base));
        p->drawRoundedRect(card, 4, 4);
        const bool stalled = index.data(PipelineColumnModel::StalledRole).toBool();
        if (stalled) {
            p->setPen(Qt::NoPen);
            p->setBrush(kStalled);
            p->drawRoundedRect(QRect(card.left(), card.top(), 4, card.height()), 2, 2);
        }
        QRect text = card.adjusted(kPad + 4, kPad, -kPad, -kPad);
        QFont bold = option.font;
        bold.setBold(true);
        const int boldLine = QFontMetrics(bold).lineSpacing();
        const int line = option.fontMetrics.lineSpacing();

        p->setFont(bold);
        p->setPen(pal.color(QPalette::Text));
        const QString name = index.data(PipelineColumnModel::NameRole).toString();
        p->drawText(QRect(text.left(), text.top(), text.width(), 2 * boldLine), Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft,
                    elideTwoLines(QFontMetrics(bold), name, text.width()));
        int y = text.top() + 2 * boldLine;
        p->setFont(option.font);
        const QString account = index.data(PipelineColumnModel::AccountRole).toString();
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(QRect(text.left(), y, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    option.fontMetrics.elidedText(account, Qt::ElideRight, text.width()));
        y += line;
        p->setPen(index.data(PipelineColumnModel::LateRole).toBool() ? kStalled : pal.color(QPalette::Text));
        p->drawText(QRect(text.left(), y, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    option.fontMetrics.elidedText(index.data(PipelineColumnModel::FiguresRole).toString(), Qt::ElideRight, text.width()));
        y += line;
        QString tag;
        int tagWidth = 0;
        if (stalled) {
            tag = PipelineColumnModel::tr("Stalled");
            tagWidth = option.fontMetrics.horizontalAdvance(tag) + 8;
            p->setPen(kStalled);
            p->drawText(QRect(text.right() - tagWidth, y, tagWidth, line), Qt::AlignRight | Qt::AlignVCenter, tag);
        }
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(QRect(text.left(), y, text.width() - tagWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                    option.fontMetrics.elidedText(index.data(PipelineColumnModel::OwnerRole).toString(), Qt::ElideRight,
                                                  text.width() - tagWidth));
        p->restore();
    }

private:
    static constexpr int kPad = 6;
    inline static const QColor kStalled{0xc6, 0x28, 0x28};

    // The text as it fits in two lines of this width, the second elided.
    static QString elideTwoLines(const QFontMetrics &fm, const QString &text, int width)
    {
        if (fm.horizontalAdvance(text) <= width)
            return text;
        int cut = 0;
        for (int i = 1; i <= text.size(); ++i) {
            if (fm.horizontalAdvance(text.left(i)) > width)
                break;
            if (text.at(i - 1).isSpace())
                cut = i;
        }
        if (cut == 0)
            return fm.elidedText(text, Qt::ElideRight, width);
        return text.left(cut).trimmed() + QLatin1Char('\n') + fm.elidedText(text.mid(cut).trimmed(), Qt::ElideRight, width);
    }
};

} // namespace

// --- PipelineColumnModel

PipelineColumnModel::PipelineColumnModel(const PipelineColumn &column, QObject *parent)
    : QAbstractListModel(parent)
    , m_column(column)
{
}

int PipelineColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_column.cards.size());
}

QVariant PipelineColumnModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_column.cards.size())
        return {};
    const PipelineCard &c = m_column.cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines{c.name};
        if (!c.account.isEmpty())
            lines << c.account;
        QString figures = c.hasAmount ? money(c.amount) : tr("No amount");
        if (c.expectedClose.isValid())
            figures += QStringLiteral(" · ") + QLocale().toString(c.expectedClose, QLocale::ShortFormat);
        lines << figures;
        QString who = c.owner;
        if (c.stalled)
            who += (who.isEmpty() ? QString() : QStringLiteral(" · ")) + QStringLiteral("\u26a0 ") + tr("Stalled");
        if (!who.isEmpty())
            lines << who;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        return c.stalled ? tr("Stalled: no next step and no open activity, or the expected close has passed.") : QVariant();
    case Qt::BackgroundRole:
        return c.stalled ? QVariant(QColor(0xfff1d6)) : QVariant();
    case Qt::ForegroundRole:
        return c.stalled ? QVariant(QColor(0x6b3d00)) : QVariant();
    case IdRole:
        return c.id;
    case StalledRole:
        return c.stalled;
    case NameRole:
        return c.name;
    case AccountRole:
        // Names often carry the account already ("Renewal – Acme"): no second copy on the card.
        return c.name.contains(c.account, Qt::CaseInsensitive) ? QString() : c.account;
    case FiguresRole: {
        QString figures = c.hasAmount ? money(c.amount) : tr("No amount");
        if (c.expectedClose.isValid())
            figures += QStringLiteral(" · ") + QLocale().toString(c.expectedClose, QLocale::ShortFormat);
        return figures;
    }
    case OwnerRole:
        return c.owner;
    case LateRole:
        return c.expectedClose.isValid() && c.expectedClose < QDate::currentDate();
    default:
        return {};
    }
}

Qt::ItemFlags PipelineColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions PipelineColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PipelineColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PipelineColumnModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData *PipelineColumnModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *m = new QMimeData;
    m->setData(QString::fromLatin1(kMimeType), indexes.first().data(IdRole).toString().toUtf8());
    return m;
}

bool PipelineColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return data && data->hasFormat(QString::fromLatin1(kMimeType));
}

bool PipelineColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(QString::fromLatin1(kMimeType)));
    for (const auto &c : std::as_const(m_column.cards))
        if (c.id == id)
            return false; // dropped on its own column
    // After the drag has ended (a question may follow); the board reloads, so nothing moves here.
    const QString stage = m_column.stage.id;
    QMetaObject::invokeMethod(this, [this, id, stage] { Q_EMIT cardDropped(id, stage); }, Qt::QueuedConnection);
    return false;
}

// --- LostReasonDialog

LostReasonDialog::LostReasonDialog(Database &db, const QString &opportunityName, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QComboBox)
{
    setObjectName(QStringLiteral("lostReasonDialog"));
    setWindowTitle(tr("Opportunity lost"));
    m_reason->setObjectName(QStringLiteral("lostReason"));
    const Entity *e = db.registry()->entity(QStringLiteral("opportunity"));
    const Field *f = e ? e->field(QStringLiteral("lost_reason")) : nullptr;
    if (f)
        for (const auto &o : f->options)
            m_reason->addItem(f->optionLabel(o.value), o.value);
    auto *text = new QLabel(tr("Why was “%1” lost? A lost opportunity needs a reason.").arg(opportunityName));
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as lost"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Lost reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString LostReasonDialog::reason() const
{
    return m_reason->currentData().toString();
}

void LostReasonDialog::setReason(const QString &key)
{
    m_reason->setCurrentIndex(m_reason->findData(key));
}

// --- PipelineBoardPage

PipelineBoardPage::PipelineBoardPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_pipeline(new QComboBox)
    , m_owner(new QComboBox)
    , m_closeFilter(new QCheckBox(tr("Expected close from")))
    , m_closeFrom(new QDateEdit)
    , m_closeTo(new QDateEdit)
    , m_summary(new QLabel)
    , m_message(new QLabel)
    , m_columnsHost(new QWidget)
    , m_columns(new QHBoxLayout(m_columnsHost))
{
    setObjectName(QStringLiteral("pipelineBoard"));
    setWindowTitle(tr("Pipeline"));
    m_pipeline->setObjectName(QStringLiteral("pipelineSelector"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_closeFilter->setObjectName(QStringLiteral("closeFilter"));
    m_closeFrom->setObjectName(QStringLiteral("closeFrom"));
    m_closeTo->setObjectName(QStringLiteral("closeTo"));
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    m_message->setObjectName(QStringLiteral("boardMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    m_message->hide();
    const QDate today = QDate::currentDate();
    m_closeFrom->setCalendarPopup(true);
    m_closeTo->setCalendarPopup(true);
    m_closeFrom->setDate(QDate(today.year(), today.month(), 1));
    m_closeTo->setDate(QDate(today.year(), today.month(), 1).addMonths(3).addDays(-1));
    m_closeFrom->setEnabled(false);
    m_closeTo->setEnabled(false);
    m_pipeline->setMinimumContentsLength(16);
    m_owner->setMinimumContentsLength(12);

    auto *refresh = new QPushButton(tr("Refresh"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Pipeline:")));
    bar->addWidget(m_pipeline);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Owner:")));
    bar->addWidget(m_owner);
    bar->addSpacing(12);
    bar->addWidget(m_closeFilter);
    bar->addWidget(m_closeFrom);
    bar->addWidget(new QLabel(tr("to")));
    bar->addWidget(m_closeTo);
    bar->addStretch();
    bar->addWidget(refresh);

    m_columns->setContentsMargins(0, 0, 0, 0);
    m_columns->setSpacing(8);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_columnsHost);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    m_askLostReason = [this](const QString &name) -> QString {
        LostReasonDialog dialog(m_db, name, this);
        return dialog.exec() == QDialog::Accepted ? dialog.reason() : QString();
    };
    auto filtersChanged = [this] {
        if (!m_updatingFilters)
            reload();
    };
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, filtersChanged);
    connect(m_owner, &QComboBox::currentIndexChanged, this, filtersChanged);
    connect(m_closeFilter, &QCheckBox::toggled, this, [this, filtersChanged](bool on) {
        m_closeFrom->setEnabled(on);
        m_closeTo->setEnabled(on);
        filtersChanged();
    });
    connect(m_closeFrom, &QDateEdit::dateChanged, this, [this, filtersChanged] {
        if (m_closeFilter->isChecked())
            filtersChanged();
    });
    connect(m_closeTo, &QDateEdit::dateChanged, this, [this, filtersChanged] {
        if (m_closeFilter->isChecked())
            filtersChanged();
    });
    connect(refresh, &QPushButton::clicked, this, &PipelineBoardPage::reload);
    // Someone else changed an opportunity (a form, an import): show it.
    connect(&m_db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (m_loadedOnce && (entity == QLatin1String("opportunity") || entity == QLatin1String("pipeline_stage") || entity == QLatin1String("pipeline")))
            reload();
    });
}

void PipelineBoardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && !m_loading)
        reload();
}

void PipelineBoardPage::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    PipelineBoardQuery q;
    q.pipeline = m_pipeline->currentData().toString();
    q.owner = m_owner->currentData().toString();
    if (m_closeFilter->isChecked()) {
        q.closeFrom = m_closeFrom->date();
        q.closeTo = m_closeTo->date();
    }
    q.cardLimit = m_cardLimit;
    struct Loaded
    {
        Result<PipelineBoardData> board;
        Result<QList<PipelineInfo>> pipelines;
    };
    runInBackground(
        m_db, this,
        [q](Database &db) {
            auto board = PipelineBoard::load(db, q);
            auto pipelines = Pipelines::list(db);
            return std::make_shared<Loaded>(Loaded{std::move(board), std::move(pipelines)});
        },
        [this](std::shared_ptr<Loaded> r) {
            m_loading = false;
            m_loadedOnce = true;
            if (!r->board || !r->pipelines) {
                m_message->setText(!r->board ? r->board.error().message : r->pipelines.error().message);
                m_message->show();
            } else {
                apply(r->pipelines.value(), r->board.value());
            }
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
                return;
            }
            Q_EMIT loaded();
        });
}

void PipelineBoardPage::apply(const QList<PipelineInfo> &pipelines, const PipelineBoardData &data)
{
    m_data = data;
    m_updatingFilters = true;
    const QString owner = m_owner->currentData().toString();
    m_pipeline->clear();
    for (const auto &p : pipelines)
        m_pipeline->addItem(p.name, p.id);
    m_pipeline->setCurrentIndex(m_pipeline->findData(data.pipeline.id));
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    for (const QString &o : data.owners)
        m_owner->addItem(o, o);
    // The filter the data was loaded with stays shown, even when that owner has nothing here.
    if (!owner.isEmpty() && m_owner->findData(owner) < 0)
        m_owner->addItem(owner, owner);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(owner)));
    m_updatingFilters = false;
    m_summary->setText(tr("%1 opportunities · amount %2 · weighted %3")
                           .arg(Value::formatInteger(data.count), money(data.amount), money(data.weighted)));
    rebuildColumns();
}

void PipelineBoardPage::rebuildColumns()
{
    while (QLayoutItem *item = m_columns->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    m_models.clear();
    int index = 0;
    for (const auto &column : std::as_const(m_data.columns)) {
        auto *frame = new QFrame;
        frame->setObjectName(QStringLiteral("stageColumn%1").arg(index));
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setMinimumWidth(210);
        frame->setMaximumWidth(280);
        auto *title = new QLabel(QStringLiteral("<b>%1</b> · %2").arg(column.stage.name.toHtmlEscaped(), percent(column.stage.probabilityBp)));
        title->setWordWrap(true);
        auto *totals = new QLabel(tr("%1 · %2\nWeighted %3").arg(Value::formatInteger(column.count), money(column.amount), money(column.weighted)));
        totals->setObjectName(QStringLiteral("stageTotals"));
        auto *model = new PipelineColumnModel(column, frame);
        auto *view = new QListView;
        view->setObjectName(QStringLiteral("stageCards"));
        view->setModel(model);
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(true);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setSpacing(2);
        view->setItemDelegate(new CardDelegate(view));
        view->setUniformItemSizes(true); // every card has the same height: layout stays cheap at hundreds of cards
        view->setResizeMode(QListView::Adjust);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setFrameShape(QFrame::NoFrame);
        view->setStyleSheet(QStringLiteral("QListView { background: palette(window); }"));
        connect(view, &QListView::doubleClicked, this, [this](const QModelIndex &i) {
            Q_EMIT openRecord(QStringLiteral("opportunity"), i.data(PipelineColumnModel::IdRole).toString());
        });
        connect(model, &PipelineColumnModel::cardDropped, this, [this](const QString &id, const QString &stage) { moveCard(id, stage); });
        auto *layout = new QVBoxLayout(frame);
        layout->addWidget(title);
        layout->addWidget(totals);
        layout->addWidget(view, 1);
        if (column.more() > 0) {
            auto *more = new QLabel(tr("+ %1 more").arg(Value::formatInteger(column.more())));
            more->setObjectName(QStringLiteral("stageMore"));
            layout->addWidget(more);
        }
        m_columns->addWidget(frame);
        m_models << model;
        ++index;
    }
    m_columns->addStretch();
}

PipelineColumnModel *PipelineBoardPage::columnModel(int column) const
{
    return m_models.value(column);
}

QString PipelineBoardPage::message() const
{
    return m_message->isVisible() || !m_message->isHidden() ? m_message->text() : QString();
}

bool PipelineBoardPage::moveCard(const QString &opportunityId, const QString &stageId)
{
    const PipelineStageInfo *stage = m_data.pipeline.stage(stageId);
    if (!stage)
        return false;
    QString name;
    for (const auto &c : std::as_const(m_data.columns))
        for (const auto &card : c.cards)
            if (card.id == opportunityId)
                name = card.name;
    QString reason;
    if (stage->outcome == QLatin1String("lost")) {
        reason = m_askLostReason ? m_askLostReason(name) : QString();
        if (reason.isEmpty()) {
            reload(); // cancelled: the card stays where it was
            return false;
        }
    }
    const Status s = Pipelines::move(m_db, opportunityId, stage->id, reason);
    if (!s) {
        m_message->setText(tr("Could not move “%1” to %2: %3").arg(name, stage->name, s.error().message));
        m_message->show();
    } else {
        m_message->clear();
        m_message->hide();
    }
    reload();
    return bool(s);
}

QWidget *createPipelineBoardPage(Database &db)
{
    return new PipelineBoardPage(db);
}

} // namespace trato
