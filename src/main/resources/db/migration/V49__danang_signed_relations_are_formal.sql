-- Đà Nẵng's relations with Grodno, Jiangsu, Newcastle and Réunion were signed and then saw no contact,
-- exchange or activity (thesis 001 §4.3.1, p. 118): they are formal relations that went dormant, which
-- their computed health now says, not relations paused by a decision. Databases seeded before this
-- change hold them as PAUSED; a fresh seed (db/demo/seed.json) holds them as FORMAL already.
update partnership set current_status = 'FORMAL'
 where current_status = 'PAUSED'
   and id in (select partnership_id from partnership_status_change
               where status = 'PAUSED'
                 and source like '001_35b6366d42811707.txt §4.3.1 (p. 118) (không có liên hệ, trao đổi hay hoạt động sau khi ký)%');
update partnership_status_change
   set status = 'FORMAL',
       source = '001_35b6366d42811707.txt §4.3.1 (p. 118) (đã ký kết thỏa thuận; sau khi ký không có liên hệ, trao đổi hay hoạt động: không hoạt động, không phải tạm dừng); trạng thái ghi nhận trong luận án, số liệu lũy kế đến tháng 12/2020 (§4.3.1, tr. 115); thời điểm bắt đầu không nêu'
 where status = 'PAUSED'
   and source like '001_35b6366d42811707.txt §4.3.1 (p. 118) (không có liên hệ, trao đổi hay hoạt động sau khi ký)%';
