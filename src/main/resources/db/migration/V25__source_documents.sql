-- The documents the records cite ("000_4cf7d0040496a9b3.txt §3.1, Bảng 1"): a record's source
-- names a document by its key and adds a locator, and pages show the document's title instead.
-- Bibliographic data as the documents state it (shared/domain digests); what they do not state
-- (an author, a year) stays empty.
create table source_document (
    id             varchar(40)  primary key,
    title          varchar(500) not null,
    title_en       varchar(500),
    authors        varchar(300),
    published_year integer,
    kind           varchar(40)  not null,
    publisher      varchar(300),
    link           varchar(500)
);

insert into source_document (id, title, title_en, authors, published_year, kind, publisher, link) values
('000_4cf7d0040496a9b3',
 'Hai thập kỷ hợp tác giữa tỉnh Thái Nguyên (Việt Nam) và tỉnh Gyeongsangbuk (Hàn Quốc): thành tựu và định hướng phát triển',
 'Two decades of subnational cooperation between Thai Nguyen (Vietnam) and Gyeongsangbuk (South Korea): achievements and development orientation',
 'Hoàng Lâm', 2025, 'JOURNAL_ARTICLE', 'TNU Journal of Science and Technology', 'https://doi.org/10.34238/tnu-jst.13378');
insert into source_document (id, title, title_en, authors, published_year, kind, publisher, link) values
('001_35b6366d42811707',
 'Hợp tác quốc tế cấp địa phương – Trường hợp thành phố Đà Nẵng (1997 – 2020)', null,
 'Đỗ Phương Thảo', 2023, 'DOCTORAL_THESIS',
 'Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội', null);
insert into source_document (id, title, title_en, authors, published_year, kind, publisher, link) values
('002_8a06e30cb9af2a13',
 'Lạng Sơn tích cực, chủ động kết nối với các đối tác Hàn Quốc', null,
 null, null, 'NEWS_ARTICLE', null, null);
insert into source_document (id, title, title_en, authors, published_year, kind, publisher, link) values
('003_d3701e273047678f',
 'Ngành Ngoại giao đồng hành kiến tạo không gian phát triển cho địa phương trong kỷ nguyên mới', null,
 'Ngô Lê Văn', 2026, 'NEWS_ARTICLE', 'TTXVN', null);
insert into source_document (id, title, title_en, authors, published_year, kind, publisher, link) values
('004_67aabffd7c66fad0',
 'Hợp tác khoa học - công nghệ giữa Việt Nam và Hàn Quốc trong ba thập niên (1992-2022)', null,
 null, null, 'JOURNAL_ARTICLE', null, null);
