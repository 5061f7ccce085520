import { Injectable, PipeTransform } from '@nestjs/common';
import { AppException } from './app.exception';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !UUID.test(value))
      throw new AppException('INVALID_ID', { zh: '编号格式不正确', en: 'The id is not a valid UUID' });
    return value.toLowerCase();
  }
}
